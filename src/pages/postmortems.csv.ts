import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { exportRecords } from '../data/exports.ts';
import { postmortemsCsv } from '../lib/incident/export-record.ts';

/** One row per postmortem, for spreadsheets. */
export const GET: APIRoute = async ({ site }) => {
  return new Response(postmortemsCsv(exportRecords(await loadArchive(), site!)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
};
