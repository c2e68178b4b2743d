/**
 * The search index's projection of an incident: the metadata a result shows
 * and the filters the search page offers, one value each (pagefind reads them
 * from `data-pagefind-meta="key:value"` and `data-pagefind-filter` attributes).
 */
import { DETECTION_LABELS, labelOf } from '../../schema/vocabulary.ts';
import { formatDuration } from '../time/duration.ts';
import { nameOf, type TaxonomyNames } from './archive.ts';
import type { Incident } from './incident.ts';

export interface SearchRecord {
  meta: { date: string; severity: string; ttd: string; ttm: string; services: string };
  filters: { year: string; detected: string; cause: string };
  /** Sort key, `YYYYMMDDTHHMMSS` of the start in UTC. */
  sortDate: string;
}

export function toSearchRecord(incident: Incident, names: TaxonomyNames): SearchRecord {
  const { data, durations } = incident;
  return {
    meta: {
      date: incident.date,
      severity: data.severity,
      ttd: formatDuration(durations.timeToDetect),
      ttm: formatDuration(durations.timeToMitigate),
      services: data.services.map((id) => nameOf(names.services, id)).join(' · '),
    },
    filters: {
      year: incident.date.slice(0, 4),
      detected: labelOf(DETECTION_LABELS, data.detectedBy),
      cause: nameOf(names.rootCauses, data.rootCause.category),
    },
    sortDate: incident.milestones.started.toISOString().replace(/[-:]|\.\d+Z$/g, ''),
  };
}
