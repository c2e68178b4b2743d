import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { exportRecords } from '../data/exports.ts';

/** Every postmortem in this build, newest first, with computed durations in minutes. */
export const GET: APIRoute = async ({ site }) => {
  const postmortems = exportRecords(await loadArchive(), site!);
  return new Response(`${JSON.stringify({ postmortems }, null, 2)}\n`, {
    headers: { 'content-type': 'application/json' },
  });
};
