/** The archive's records for exports, with absolute URLs. */
import { toPostmortemRecord, type PostmortemRecord } from '../lib/incident/export-record.ts';
import type { Archive } from './archive.ts';

export function exportRecords(archive: Archive, site: URL): PostmortemRecord[] {
  return archive.incidents.map((incident) => toPostmortemRecord(incident, site));
}
