/**
 * The search page's state, kept in the URL so a search can be shared:
 * /search/?q=dns&severity=SEV1&service=checkout. Keys and values follow
 * src/lib/url-state.ts (ids, as on every page); the search index files
 * incidents under display names, so the page translates at the edge.
 */
import { DETECTION_LABELS } from '../schema/vocabulary.ts';
import type { TaxonomyNames } from './incident/archive.ts';
import { canonicalValues, readQuery, writeQuery } from './url-state.ts';

/** Filter keys, in the order the page shows them, with their labels. */
export const SEARCH_FILTERS = [
  { key: 'severity', label: 'Severity' },
  { key: 'service', label: 'Service' },
  { key: 'team', label: 'Team' },
  { key: 'cause', label: 'Root cause' },
  { key: 'detected', label: 'Detected by' },
  { key: 'year', label: 'Year' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];
export type SearchSort = 'relevance' | 'newest' | 'oldest';

export interface SearchState {
  query: string;
  /** Ids (severity and year are their own). */
  filters: Partial<Record<SearchFilterKey, string[]>>;
  sort: SearchSort;
}

/** For each filter whose index values are display names: id -> that name. */
export type SearchLabels = Partial<Record<SearchFilterKey, Readonly<Record<string, string>>>>;

const SORTS: readonly SearchSort[] = ['relevance', 'newest', 'oldest'];

export function searchLabels(names: TaxonomyNames): SearchLabels {
  return { service: names.services, team: names.teams, cause: names.rootCauses, detected: DETECTION_LABELS };
}

/** Reads a query; display names (as older links carried) become ids through `labels`. */
export function parseSearchState(search: string | URLSearchParams, labels: SearchLabels = {}): SearchState {
  const values = readQuery(search);
  const filters: SearchState['filters'] = {};
  for (const { key } of SEARCH_FILTERS) {
    const wanted = values[key];
    if (wanted) filters[key] = canonicalValues(wanted, labels[key]);
  }
  const sort = values.sort?.[0] as SearchSort | undefined;
  return { query: values.q?.[0] ?? '', filters, sort: sort && SORTS.includes(sort) ? sort : 'relevance' };
}

export function serializeSearchState(state: SearchState): string {
  return writeQuery({
    q: state.query ? [state.query] : [],
    ...state.filters,
    sort: state.sort === 'relevance' ? [] : [state.sort],
  });
}

/** The search index's value for an id. */
export const indexValue = (key: SearchFilterKey, id: string, labels: SearchLabels): string => {
  const names = labels[key];
  return names && Object.hasOwn(names, id) ? names[id]! : id;
};

/** Pagefind's filter object: values within a key are alternatives (any), keys must all match. */
export function pagefindFilters(state: SearchState, labels: SearchLabels = {}): Record<string, { any: string[] }> {
  return Object.fromEntries(
    SEARCH_FILTERS.filter(({ key }) => state.filters[key]?.length).map(({ key }) => [
      key,
      { any: state.filters[key]!.map((id) => indexValue(key, id, labels)) },
    ]),
  );
}

/** Pagefind's sort option for a state; relevance is its default order. */
export function pagefindSort(sort: SearchSort): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}
