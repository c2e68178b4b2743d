/**
 * The search index's projection of an incident: the metadata a result shows,
 * the filters the search page offers, and the words it is found by.
 * Pagefind reads them from `data-pagefind-meta="key:value"`,
 * `data-pagefind-filter` and `data-pagefind-weight` attributes.
 */
import { DETECTION_LABELS, labelOf } from '../../schema/vocabulary.ts';
import { formatDuration } from '../time/duration.ts';
import { formatCalendarDate } from '../time/format.ts';
import { nameOf, type Taxonomies, type TaxonomyNames } from './archive.ts';
import type { Incident } from './incident.ts';

/** Words indexed before the narrative, each group with its pagefind weight (0-10; body text is 1). */
export interface SearchTerms {
  /** The title, weighted as pagefind weights an h1. */
  title: { text: string; weight: 7 };
  /** Ids, former ids and names of the services, teams and root-cause category: a search for one ranks its incidents first. */
  taxonomy: { text: string; weight: 10 };
  /** Shown on the page outside the narrative (trigger, tags, people): findable, never an excerpt. */
  facts: { text: string; weight: 1 };
}

export interface SearchRecord {
  meta: {
    title: string;
    /** As every page shows a date: "4 Mar 2026". */
    date: string;
    severity: string;
    ttd: string;
    ttm: string;
    services: string;
    /** How many words the terms put before the narrative; excerpts start after them. */
    narrativeFrom: string;
  };
  /** Display names, as the search page shows them; several values where an incident has several. */
  filters: {
    severity: string[];
    service: string[];
    team: string[];
    cause: string[];
    detected: string[];
    year: string[];
  };
  terms: SearchTerms;
  /** Sort key, `YYYYMMDDTHHMMSS` of the start in UTC. */
  sortDate: string;
}

/** Pagefind splits an excerpt's text into words at whitespace, as this does. */
export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** What the search record reads of the archive: the taxonomies (for former ids) and their names. */
export type SearchTaxonomies = Taxonomies & { names: TaxonomyNames };

/** "storefront-web Storefront (web)" and any former ids, for each id, without repeating a name that is its id. */
function idsAndNames(
  ids: readonly string[],
  entries: ReadonlyMap<string, { formerIds?: readonly string[] }>,
  names: Record<string, string>,
): string[] {
  return ids.flatMap((id) => {
    const name = nameOf(names, id);
    const former = entries.get(id)?.formerIds ?? [];
    return [...(name.toLowerCase() === id.toLowerCase() ? [] : [id]), ...former, name];
  });
}

export function searchTerms(incident: Incident, archive: SearchTaxonomies): SearchTerms {
  const { data } = incident;
  const { names } = archive;
  const taxonomy = [
    ...idsAndNames(data.services, archive.services, names.services),
    ...idsAndNames(incident.teams, archive.teams, names.teams),
    ...idsAndNames([data.rootCause.category], archive.rootCauses, names.rootCauses),
  ];
  const facts = [data.trigger ?? '', ...(data.tags ?? []), ...data.authors, ...(data.responders ?? [])];
  return {
    title: { text: data.title, weight: 7 },
    taxonomy: { text: taxonomy.join(' '), weight: 10 },
    facts: { text: facts.filter(Boolean).join(' '), weight: 1 },
  };
}

export function toSearchRecord(incident: Incident, archive: SearchTaxonomies): SearchRecord {
  const { data, durations } = incident;
  const { names } = archive;
  const terms = searchTerms(incident, archive);
  return {
    meta: {
      title: data.title,
      date: formatCalendarDate(incident.date),
      severity: data.severity,
      ttd: formatDuration(durations.timeToDetect),
      ttm: formatDuration(durations.timeToMitigate),
      services: data.services.map((id) => nameOf(names.services, id)).join(' · '),
      narrativeFrom: String(Object.values(terms).reduce((sum, { text }) => sum + countWords(text), 0)),
    },
    filters: {
      severity: [data.severity],
      service: data.services.map((id) => nameOf(names.services, id)),
      team: incident.teams.map((id) => nameOf(names.teams, id)),
      cause: [nameOf(names.rootCauses, data.rootCause.category)],
      detected: [labelOf(DETECTION_LABELS, data.detectedBy)],
      year: [incident.date.slice(0, 4)],
    },
    terms,
    sortDate: incident.milestones.started.toISOString().replace(/[-:]|\.\d+Z$/g, ''),
  };
}
