/** The archive index: every incident's row, and the labels of its filter values. */
import { DETECTION_LABELS, SEVERITIES, SEVERITY_MEANINGS } from '../../schema/vocabulary.ts';
import type { FacetKey } from '../archive-facets.ts';
import type { IncidentArchive } from '../incident/archive.ts';
import { toIndexRow, type IndexRow } from '../incident/index-row.ts';
import { pageCount, pageRows } from './paging.ts';

export type FacetLabels = Record<FacetKey, Record<string, string>>;

/** Everything the index's filters need: also served as /archive-index.json for filtering in the browser. */
export interface IndexData {
  rows: IndexRow[];
  labels: FacetLabels;
}

export function indexData(archive: IncidentArchive): IndexData {
  return {
    rows: archive.incidents.map(toIndexRow),
    labels: {
      severity: Object.fromEntries(
        SEVERITIES.map((severity) => [severity, `${severity} · ${SEVERITY_MEANINGS[severity]}`]),
      ),
      service: archive.names.services,
      team: archive.names.teams,
      cause: archive.names.rootCauses,
      detected: DETECTION_LABELS,
      year: {},
      open: { open: 'Has unfinished action items', 'none-open': 'All action items finished' },
    },
  };
}

export interface IndexPage {
  data: IndexData;
  /** The rows of this page. */
  rows: IndexRow[];
  page: number;
  pageCount: number;
}

/** Page `page` (1-based) of the index. */
export function indexPage(data: IndexData, page: number): IndexPage {
  return { data, rows: pageRows(data.rows, page), page, pageCount: pageCount(data.rows.length) };
}
