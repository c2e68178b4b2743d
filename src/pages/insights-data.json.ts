/**
 * The incidents of this build in the compact form the /insights/ filters
 * recompute from, and every figure of the whole archive's insights.
 */
import type { APIRoute } from 'astro';
import config from 'virtual:hindsight/config';
import { loadArchive } from '../data/archive.ts';
import { packInsightsData } from '../lib/insights/data-file.ts';
import { loadInsightRecords } from '../data/insight-records.ts';
import { insightsFigures } from '../lib/insights/figures.ts';
import { DEFAULT_RECURRENCE_WINDOW_DAYS } from '../lib/insights/recurrence.ts';
import { insightsView } from '../lib/insights/view.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const incidents = await loadInsightRecords();
  const options = { today: config.buildDate, windowDays: DEFAULT_RECURRENCE_WINDOW_DAYS, names: archive.names };
  const file = {
    ...packInsightsData(incidents, options),
    figures: insightsFigures(insightsView(incidents, options)),
  };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json' } });
};
