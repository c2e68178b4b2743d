/** The archive index's data, computed once per loaded archive: every index page and JSON file shares it. */
import { DEFAULT_STATE, facetCounts, type FacetKey } from '../lib/archive-facets.ts';
import { indexData as buildIndexData, type IndexData } from '../lib/pages/archive-index.ts';
import type { Archive } from './archive.ts';

export type { IndexData };

const cache = new WeakMap<Archive, IndexData>();

export function indexData(archive: Archive): IndexData {
  let data = cache.get(archive);
  if (!data) {
    data = buildIndexData(archive);
    cache.set(archive, data);
  }
  return data;
}

const countsCache = new WeakMap<IndexData, Record<FacetKey, Map<string, number>>>();

/** The filter counts with nothing selected: the same on every index page, so counted once. */
export function unfilteredFacetCounts(data: IndexData): Record<FacetKey, Map<string, number>> {
  let counts = countsCache.get(data);
  if (!counts) {
    counts = facetCounts(data.rows, DEFAULT_STATE);
    countsCache.set(data, counts);
  }
  return counts;
}
