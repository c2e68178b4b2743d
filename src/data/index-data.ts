/** The archive index's data, computed once per loaded archive: every index page and JSON file shares it. */
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
