/** The archive index's rows and the labels of their facet values, from the loaded archive. */
import { DETECTION_LABELS } from '../schema/vocabulary.ts';
import { indexRow } from '../lib/index-rows.ts';
import { serviceOwners } from '../lib/insights/from-archive.ts';
import type { FacetKey, IndexRow } from '../lib/archive-facets.ts';
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
  const serviceTeams = serviceOwners(archive.services);
  const names = (map: Map<string, { name: string }>) =>
    Object.fromEntries([...map].map(([id, entry]) => [id, entry.name]));
  return {
    rows: archive.incidents.map((incident) => indexRow(incident, serviceTeams)),
    labels: {
      severity: { SEV1: 'SEV1 · critical', SEV2: 'SEV2 · major', SEV3: 'SEV3 · minor', SEV4: 'SEV4 · low' },
      service: names(archive.services),
      team: names(archive.teams),
      cause: names(archive.rootCauses),
      detected: DETECTION_LABELS,
      year: {},
      open: { open: 'Has open action items', 'none-open': 'All action items closed' },
    },
  };
}
