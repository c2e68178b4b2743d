/** The search page's state, kept in the URL so a search can be shared: /search/?q=dns&severity=SEV1. */

/** Filter keys, in the order the page shows them, with their labels. */
export const SEARCH_FILTERS = [
  { key: 'severity', label: 'Severity' },
  { key: 'service', label: 'Service' },
  { key: 'team', label: 'Team' },
  { key: 'cause', label: 'Root cause' },
  { key: 'detection', label: 'Detected by' },
  { key: 'year', label: 'Year' },
] as const;

export type SearchFilterKey = (typeof SEARCH_FILTERS)[number]['key'];
export type SearchSort = 'relevance' | 'newest' | 'oldest';

export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterKey, string[]>>;
  sort: SearchSort;
}

const SORTS: readonly SearchSort[] = ['relevance', 'newest', 'oldest'];

export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const { key } of SEARCH_FILTERS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort') as SearchSort | null;
  return { query: params.get('q')?.trim() ?? '', filters, sort: sort && SORTS.includes(sort) ? sort : 'relevance' };
}

export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const { key } of SEARCH_FILTERS) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter object: values within a key are alternatives (any), keys must all match. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  return Object.fromEntries(Object.entries(state.filters).map(([key, values]) => [key, { any: values }]));
}

/** Pagefind's sort option for a state; relevance is its default order. */
export function pagefindSort(sort: SearchSort): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}
