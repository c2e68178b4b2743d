/** The archive's records for exports and feeds, with absolute URLs. */
import { postmortemRecord, type PostmortemRecord } from '../lib/exports.ts';
import type { Archive } from './archive.ts';

export function exportRecords(archive: Archive, site: URL): PostmortemRecord[] {
  return archive.incidents.map((incident) => postmortemRecord({ ...incident, url: new URL(incident.url, site).href }));
}
