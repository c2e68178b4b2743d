/**
 * The postmortem format as a Markdown document (docs/postmortem-format.md),
 * written from the live schema, its field descriptions and the format's rule
 * constants, the same sources as the writing guide, so it cannot drift from
 * the code that enforces it.
 */
import type { z } from 'astro/zod';
import { ALLOWED_HTML, ALLOWED_URL_SCHEMES, ARCHIVE_COMPONENTS } from '../check/content-safety.ts';
import { GUIDANCE_MARKER, PLACEHOLDER_MARKER } from '../check/template-markers.ts';
import { postmortemSchema } from '../../schema/postmortem.ts';
import {
  BODY_WORDS,
  RECOMMENDED_LEARNINGS,
  REPEAT_STOPPING_TYPES,
  REQUIRED_SECTIONS,
  SEVERE,
} from '../../schema/rules.ts';
import { serviceSchema, teamSchema } from '../../schema/taxonomy.ts';
import {
  AT_MOST_ONCE_KINDS,
  EMPTY_WHILE_DRAFT,
  EVENT_KIND_LABELS,
  labelOf,
  MILESTONE_KINDS,
  ONCE_KINDS,
  STATUSES,
} from '../../schema/vocabulary.ts';
import { fieldReference, type FieldReference } from './field-reference.ts';

/** The command that writes the document; named in it so a reader knows not to edit it by hand. */
export const FORMAT_DOCUMENT_COMMAND = 'npm run docs:format';

const code = (text: string) => `\`${text}\``;
const codes = (values: readonly string[], last = 'and') =>
  values.length <= 1
    ? values.map(code).join('')
    : `${values.slice(0, -1).map(code).join(', ')} ${last} ${code(values.at(-1)!)}`;

/** "text (at most 120 characters)", "a list; each entry is one of the values: `a`, `b`". */
function valueOf(field: FieldReference): string {
  let text = field.kind;
  if (field.values) text += `: ${field.values.map(code).join(', ')}`;
  if (field.limits.length > 0) text += ` (${field.limits.join('; ')})`;
  return field.list ? `a list; each entry is ${text}` : text;
}

function requirementOf(field: FieldReference): string {
  if (field.defaultValue !== undefined) return `optional, default ${code(String(field.defaultValue))}`;
  return field.required ? 'required' : 'optional';
}

/** One line per field, nested fields indented below their parent. */
function fieldLines(fields: readonly FieldReference[], depth = 0): string[] {
  return fields.flatMap((field) => [
    `${'  '.repeat(depth)}- ${code(field.path)}: ${requirementOf(field)}; ${valueOf(field)}.${field.doc ? ` ${field.doc}` : ''}`,
    ...fieldLines(field.children, depth + 1),
  ]);
}

function taxonomySection(schemas: FormatSchemas): string[] {
  const services = fieldReference(schemas.service);
  const teamNames = new Set(fieldReference(schemas.team).map((field) => field.name));
  const servicesOnly = services.filter((field) => !teamNames.has(field.name)).map((field) => field.name);
  return [
    '## Taxonomies',
    '',
    `${code('services.yaml')}, ${code('teams.yaml')} and ${code('root-causes.yaml')} in the content folder are YAML lists of entries with these fields${servicesOnly.length ? ` (${codes(servicesOnly)} only in services)` : ''}:`,
    '',
    ...fieldLines(services),
    '',
    'Every id a postmortem names (services, teams, root-cause categories, contributing factors, related postmortems) must exist; the error suggests the closest id or lists the known ones. Ids are unique within each taxonomy, and a service names a team that exists.',
  ];
}

/** The schemas the document describes; a test passes edited ones to see the document follow. */
export interface FormatSchemas {
  postmortem: z.ZodType;
  service: z.ZodType;
  team: z.ZodType;
}

const FORMAT_SCHEMAS: FormatSchemas = { postmortem: postmortemSchema, service: serviceSchema, team: teamSchema };

/** The whole document. */
export function formatDocument(schemas: FormatSchemas = FORMAT_SCHEMAS): string {
  const fields = fieldReference(schemas.postmortem);
  const kinds = fields.find((field) => field.name === 'timeline')?.children.find((field) => field.name === 'kind');
  const atMostOnce = AT_MOST_ONCE_KINDS;
  const drafts = STATUSES[0];
  const components = Object.entries(ARCHIVE_COMPONENTS).map(
    ([name, attributes]) => `${code(`<${name}>`)} (attributes ${codes(attributes)})`,
  );
  const lines = [
    '# The postmortem format',
    '',
    `<!-- Written by \`${FORMAT_DOCUMENT_COMMAND}\` from src/schema/ and the check's rules. Do not edit by hand: change the schema's field descriptions or the rules, then run the command. -->`,
    '',
    `This is what authors write against. ${code('npm run check')} and ${code('npm run build')} enforce every rule below, and the writing guide in the archive (${code('/guide/')}) shows the same fields with an example each.`,
    '',
    '## One postmortem, one file',
    '',
    `A postmortem is ${code('content/postmortems/<id>.mdx')}: YAML front matter between ${code('---')} lines, then an MDX body. The id is the file name without ${code('.mdx')}, written ${code('YYYY-MM-DD-short-slug')} in lowercase-kebab form, and the page lives at ${code('/postmortems/<id>/')}. Former ids listed in ${code('aliases')} keep their old URLs working.`,
    '',
    '## Front matter',
    '',
    'Each field with whether it is required, what its value is, and what it means. Unknown keys are errors.',
    '',
    ...fieldLines(fields),
    '',
    '## Timeline',
    '',
    ...(kinds?.values
      ? [
          `Event kinds: ${kinds.values.map((kind) => `${code(kind)} (${labelOf(EVENT_KIND_LABELS, kind)})`).join(', ')}.`,
          '',
        ]
      : []),
    `- ${codes(ONCE_KINDS)} each occur exactly once${atMostOnce.length ? `; ${codes(atMostOnce)} at most once` : ''}.`,
    `- Their times are in the order ${MILESTONE_KINDS.map(code).join(' <= ')}, and events are listed in time order.`,
    `- Every time carries its UTC offset (${code('-07:00')} or ${code('Z')}); a time without one is an error, never read as UTC.`,
    `- Durations are computed, never typed: time to detect (TTD) = detected - started; time to mitigate (TTM) = mitigated - detected; impact duration = mitigated - started; time to resolve = resolved - started, when there is a resolved event.`,
    '',
    '## Status',
    '',
    `- A ${code(drafts)} may leave ${codes(EMPTY_WHILE_DRAFT)} empty; any other status needs at least one entry in each.`,
    `- Once the status is not ${code(drafts)}, a ${code(PLACEHOLDER_MARKER)} placeholder left in the front matter is an error.`,
    '',
    ...taxonomySection(schemas),
    '',
    '## Body',
    '',
    `Markdown with MDX syntax. It tells the story around the facts that the page renders from the front matter, and needs these ${code('##')} headings (case does not matter):`,
    '',
    ...REQUIRED_SECTIONS.map((section) => `- ${code(`## ${section}`)}`),
    '',
    'A postmortem is content, not code:',
    '',
    `- no ${code('import')} or ${code('export')};`,
    `- a ${code('{…}')} expression only when it holds nothing but a comment, such as ${code('{/* note */}')};`,
    `- the archive's components: ${components.join(', ')}, with literal attribute values;`,
    `- plain HTML only from this list: ${codes(Object.keys(ALLOWED_HTML))}, without event-handler attributes;`,
    `- links and images only with a relative URL or the scheme ${codes(ALLOWED_URL_SCHEMES, 'or')}.`,
    '',
    '## Warnings',
    '',
    `These do not fail the check unless it runs with ${code('--strict')}. A ${code(drafts)} gets only the first.`,
    '',
    `- An open or in-progress action item past its due date.`,
    `- A body outside ${BODY_WORDS.min}-${BODY_WORDS.max} words of prose.`,
    `- Fewer than ${RECOMMENDED_LEARNINGS} learnings.`,
    `- A ${SEVERE.join(' or ')} without an action item of type ${codes(REPEAT_STOPPING_TYPES, 'or')}.`,
    `- A ${code(`{/* ${GUIDANCE_MARKER} … */}`)} comment from the template left in the body.`,
    '',
    '## What bad input gets',
    '',
    `Every error names the file, the field path (for example ${code('timeline[3].at')}) and what would be valid. ${code('npm run check')} reports every error of every file in one run and exits 1; ${code('npm run build')} refuses the same input.`,
    '',
  ];
  return lines.join('\n');
}
