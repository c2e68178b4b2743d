/** The archive index's rows and the labels of their facet values, from the loaded archive. */
import { DETECTION_LABELS } from '../schema/vocabulary.ts';
import type { FacetKey } from '../lib/archive-facets.ts';
import { toIndexRow, type IndexRow } from '../lib/incident/index-row.ts';
import type { Archive } from './archive.ts';

export type FacetLabels = Record<FacetKey, Record<string, string>>;

export interface IndexData {
  rows: IndexRow[];
  labels: FacetLabels;
}

/** Rows per server-rendered page of the index. */
export const INDEX_PAGE_SIZE = 50;

const cache = new WeakMap<Archive, IndexData>();

/** Computed once per archive: every index page and group page shares it. */
export function indexData(archive: Archive): IndexData {
  const cached = cache.get(archive);
  if (cached) return cached;
  const data = buildIndexData(archive);
  cache.set(archive, data);
  return data;
}

function buildIndexData(archive: Archive): IndexData {
  return {
    rows: archive.incidents.map(toIndexRow),
    labels: {
      severity: { SEV1: 'SEV1 · critical', SEV2: 'SEV2 · major', SEV3: 'SEV3 · minor', SEV4: 'SEV4 · low' },
      service: archive.names.services,
      team: archive.names.teams,
      cause: archive.names.rootCauses,
      detected: DETECTION_LABELS,
      year: {},
      open: { open: 'Has open action items', 'none-open': 'All action items closed' },
    },
  };
}
