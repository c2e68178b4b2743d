/** The incidents of this build in the compact form the /insights/ filters recompute from. */
import type { APIRoute } from 'astro';
import config from 'virtual:hindsight/config';
import { loadArchive } from '../data/archive.ts';
import { packInsightsData } from '../lib/insights/data-file.ts';
import { insightNames, serviceOwners, toInsightIncident } from '../lib/insights/from-archive.ts';
import { DEFAULT_RECURRENCE_WINDOW_DAYS } from '../lib/insights/recurrence.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const owners = serviceOwners(archive.services);
  const file = packInsightsData(
    archive.incidents.map((incident) => toInsightIncident(incident, owners)),
    { today: config.buildDate, windowDays: DEFAULT_RECURRENCE_WINDOW_DAYS, names: insightNames(archive) },
  );
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
