/**
 * Faceted filtering of the archive index, shared by the server (first render,
 * counts) and the browser (live filtering), so both apply the same rules.
 */
import { severityRank } from '../schema/vocabulary.ts';
import type { IndexRow } from './incident/index-row.ts';
import { canonicalValues, readQuery, writeQuery } from './url-state.ts';

export const FACETS = [
  { key: 'severity', label: 'Severity', values: (row: IndexRow) => [row.severity] },
  { key: 'service', label: 'Service', values: (row: IndexRow) => row.services },
  { key: 'team', label: 'Team', values: (row: IndexRow) => row.teams },
  { key: 'cause', label: 'Root cause', values: (row: IndexRow) => [row.cause] },
  { key: 'detected', label: 'Detected by', values: (row: IndexRow) => [row.detectedBy] },
  { key: 'year', label: 'Year', values: (row: IndexRow) => [row.date.slice(0, 4)] },
  {
    key: 'open',
    label: 'Action items',
    values: (row: IndexRow) => [row.unfinishedActionItems > 0 ? 'open' : 'none-open'],
  },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
export const SORTS = ['newest', 'oldest', 'severity', 'ttd', 'ttm', 'impact'] as const;
export type IndexSort = (typeof SORTS)[number];

export interface FacetState {
  filters: Partial<Record<FacetKey, string[]>>;
  sort: IndexSort;
}

export const DEFAULT_STATE: FacetState = { filters: {}, sort: 'newest' };

export function isDefaultState(state: FacetState): boolean {
  return Object.keys(state.filters).length === 0 && state.sort === 'newest';
}

function matches(row: IndexRow, state: FacetState, except?: FacetKey): boolean {
  return FACETS.every((facet) => {
    const wanted = state.filters[facet.key];
    if (facet.key === except || !wanted || wanted.length === 0) return true;
    return facet.values(row).some((value) => wanted.includes(value));
  });
}

const COMPARATORS: Record<IndexSort, (a: IndexRow, b: IndexRow) => number> = {
  newest: (a, b) => b.startedAt - a.startedAt,
  oldest: (a, b) => a.startedAt - b.startedAt,
  severity: (a, b) => severityRank(a.severity) - severityRank(b.severity) || b.startedAt - a.startedAt,
  ttd: (a, b) => b.ttdMinutes - a.ttdMinutes || b.startedAt - a.startedAt,
  ttm: (a, b) => b.ttmMinutes - a.ttmMinutes || b.startedAt - a.startedAt,
  impact: (a, b) => b.impactMinutes - a.impactMinutes || b.startedAt - a.startedAt,
};

/** The rows that pass every filter (values within one facet are alternatives), in the chosen order. */
export function applyFacets(rows: readonly IndexRow[], state: FacetState): IndexRow[] {
  return rows
    .filter((row) => matches(row, state))
    .sort((a, b) => COMPARATORS[state.sort](a, b) || a.id.localeCompare(b.id));
}

/**
 * For each facet, how many rows each value would show, given the other
 * facets' filters (the usual faceted-search count).
 */
export function facetCounts(rows: readonly IndexRow[], state: FacetState): Record<FacetKey, Map<string, number>> {
  const counts = {} as Record<FacetKey, Map<string, number>>;
  for (const facet of FACETS) {
    const values = new Map<string, number>();
    for (const row of rows) for (const value of facet.values(row)) values.set(value, values.get(value) ?? 0);
    for (const row of rows) {
      if (!matches(row, state, facet.key)) continue;
      for (const value of new Set(facet.values(row))) values.set(value, (values.get(value) ?? 0) + 1);
    }
    counts[facet.key] = values;
  }
  return counts;
}

/** Labels of each facet's values by id, for reading links that carry display names. */
export type FacetValueLabels = Partial<Record<FacetKey, Readonly<Record<string, string>>>>;

/** The index's state from a query (src/lib/url-state.ts): ids, or display names that `labels` turns into ids. */
export function parseFacetState(search: string | URLSearchParams, labels: FacetValueLabels = {}): FacetState {
  const values = readQuery(search);
  const filters: FacetState['filters'] = {};
  for (const facet of FACETS) {
    const wanted = values[facet.key];
    if (wanted) filters[facet.key] = canonicalValues(wanted, labels[facet.key]);
  }
  const sort = values.sort?.[0];
  return { filters, sort: sort && (SORTS as readonly string[]).includes(sort) ? (sort as IndexSort) : 'newest' };
}

export function serializeFacetState(state: FacetState): string {
  return writeQuery({ ...state.filters, sort: state.sort === 'newest' ? [] : [state.sort] });
}
