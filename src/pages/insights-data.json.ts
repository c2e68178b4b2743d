/** The incidents of this build in the compact form the /insights/ filters recompute from. */
import type { APIRoute } from 'astro';
import config from 'virtual:hindsight/config';
import { loadArchive } from '../data/archive.ts';
import { packInsightsData } from '../lib/insights/data-file.ts';
import { toInsightIncident } from '../lib/incident/insight-record.ts';
import { DEFAULT_RECURRENCE_WINDOW_DAYS } from '../lib/insights/recurrence.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const file = packInsightsData(archive.incidents.map(toInsightIncident), {
    today: config.buildDate,
    windowDays: DEFAULT_RECURRENCE_WINDOW_DAYS,
    names: archive.names,
  });
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
