import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { indexData } from '../data/index-data.ts';

/** Compact rows for filtering the index in the browser; fetched only when a filter is used. */
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(indexData(await loadArchive())), {
    headers: { 'content-type': 'application/json' },
  });
};
