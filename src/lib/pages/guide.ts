/**
 * The writing guide's data: its prose (Markdown from src/guide/, compiled)
 * with every rule and number it states taken from the code that enforces it,
 * the vocabulary it explains, and the ids of the archive it is built with.
 */
import {
  BODY_WORDS,
  RECOMMENDED_LEARNINGS,
  REPEAT_STOPPING_TYPES,
  REQUIRED_SECTIONS,
  SEVERE,
} from '../../schema/rules.ts';
import { ACTION_TYPE_DESCRIPTIONS, EVENT_KIND_DESCRIPTIONS } from '../../guide/vocabulary.ts';
import {
  ACTION_TYPE_LABELS,
  ACTION_TYPES,
  EVENT_KIND_LABELS,
  EVENT_KINDS,
  ONCE_KINDS,
} from '../../schema/vocabulary.ts';
import { GUIDANCE_MARKER, PLACEHOLDER_MARKER } from '../check/template-markers.ts';
import { andList, orList } from '../words.ts';
import { markdownParts, type MarkdownPart, type PlaceholderValue } from '../markdown-parts.ts';
import { fieldReference } from '../scaffold/field-reference.ts';
import { rootCauseSchema } from '../../schema/postmortem.ts';
import { escapeXml } from '../xml.ts';
import { definitionList } from '../definitions.ts';

/** The guide's Markdown files, compiled to HTML, by name. */
export interface GuideSources {
  intro: string;
  steps: string;
  writing: string;
  check: string;
  fields: string;
  taxonomyFields: string;
  import: string;
}

interface TaxonomyEntry {
  id: string;
  name: string;
  description?: string;
}

export interface GuideInput {
  sources: GuideSources;
  /** The archive's name and content folder. */
  title: string;
  contentDir: string;
  taxonomies: {
    services: ReadonlyMap<string, TaxonomyEntry>;
    teams: ReadonlyMap<string, TaxonomyEntry>;
    rootCauses: ReadonlyMap<string, TaxonomyEntry>;
  };
}

/** A word of the format with its label and what it is for. */
export interface GuideTerm {
  term: string;
  label: string;
  description: string;
}

/** The page's sections, in order: their heading ids and headings. */
export const GUIDE_CONTENTS = [
  ['steps', 'From incident to published page'],
  ['writing', 'Writing it well'],
  ['check', 'What the check enforces'],
  ['fields', 'Every field'],
  ['ids', 'Ids you can use'],
  ['figures', 'How the figures are counted'],
  ['import', 'Bringing in older postmortems'],
] as const;

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const html = (value: string) => ({ html: value });

/** What the prose's `{name}` placeholders stand for. */
export function guideValues(title: string, contentDir: string): Record<string, PlaceholderValue> {
  return {
    archiveTitle: title,
    contentDir,
    postmortemFolder: `${contentDir}/postmortems`,
    placeholderMarker: PLACEHOLDER_MARKER,
    guidanceComment: GUIDANCE_MARKER.replace(/:$/, ''),
    onceKinds: html(andList(ONCE_KINDS.map((kind) => `<code>${kind}</code>`))),
    severe: orList(SEVERE),
    // "detects or prevents": the action-item types that stop a repeat, as verbs.
    repeatStopping: orList(REPEAT_STOPPING_TYPES.map((type) => `${type}s`)),
    recommendedLearnings: String(RECOMMENDED_LEARNINGS),
    requiredSectionCount: COUNT_WORDS[REQUIRED_SECTIONS.length] ?? String(REQUIRED_SECTIONS.length),
    requiredSections: html(andList(REQUIRED_SECTIONS.map((section) => `<q>${escapeXml(section)}</q>`))),
    requiredSectionNames: REQUIRED_SECTIONS.join(', '),
    bodyWordsMin: String(BODY_WORDS.min),
    bodyWordsMax: String(BODY_WORDS.max),
  };
}

/** The five whys the guide walks through: the example of the whys field in the schema. */
const exampleWhys = (): string[] =>
  fieldReference(rootCauseSchema).find((field) => field.name === 'whys')!.example as string[];

const byId = (entries: ReadonlyMap<string, TaxonomyEntry>) =>
  [...entries.values()].sort((a, b) => a.id.localeCompare(b.id));

export function guidePageData({ sources, title, contentDir, taxonomies }: GuideInput) {
  const values = guideValues(title, contentDir);
  const prose = Object.fromEntries(
    Object.entries(sources).map(([name, source]) => [name, markdownParts(source, values)]),
  ) as Record<keyof GuideSources, MarkdownPart[]>;
  return {
    contents: GUIDE_CONTENTS.map(([id, label]) => ({ id, label })),
    prose,
    eventKinds: EVENT_KINDS.map((kind): GuideTerm => ({
      term: kind,
      label: EVENT_KIND_LABELS[kind],
      description: EVENT_KIND_DESCRIPTIONS[kind],
    })),
    actionTypes: ACTION_TYPES.map((type): GuideTerm => ({
      term: type,
      label: ACTION_TYPE_LABELS[type],
      description: ACTION_TYPE_DESCRIPTIONS[type],
    })),
    whys: exampleWhys(),
    definitions: definitionList(),
    taxonomyIds: [
      {
        id: 'ids-services',
        title: 'Services',
        file: `${contentDir}/services.yaml`,
        entries: byId(taxonomies.services),
      },
      { id: 'ids-teams', title: 'Teams', file: `${contentDir}/teams.yaml`, entries: byId(taxonomies.teams) },
      {
        id: 'ids-root-causes',
        title: 'Root-cause categories',
        file: `${contentDir}/root-causes.yaml`,
        entries: byId(taxonomies.rootCauses),
      },
    ],
  };
}

export type GuidePageData = ReturnType<typeof guidePageData>;
