import type { APIRoute } from 'astro';
import { actionItemsData } from '../data/action-items.ts';
import { loadArchive } from '../data/archive.ts';

/** Every action item, compact, for filtering /action-items/ in the browser; fetched only when a filter is used. */
export const GET: APIRoute = async () => {
  return new Response(JSON.stringify(actionItemsData(await loadArchive()).list), {
    headers: { 'content-type': 'application/json' },
  });
};
