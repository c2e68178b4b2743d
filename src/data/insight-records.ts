/** Every incident of the archive as the insights read it, made once per build and shared by the pages that draw insights. */
import { toInsightIncident, type InsightIncident } from '../lib/incident/insight-record.ts';
import { loadArchive } from './archive.ts';
import config from 'virtual:hindsight/config';

let cached: Promise<InsightIncident[]> | undefined;

export function loadInsightRecords(): Promise<InsightIncident[]> {
  const load = async () => (await loadArchive()).incidents.map(toInsightIncident);
  if (config.isDev) return load();
  cached ??= load();
  return cached;
}
