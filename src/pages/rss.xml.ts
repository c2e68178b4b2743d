import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import config from 'virtual:hindsight/config';
import { loadArchive, pageUrl } from '../data/archive.ts';
import { rssFeedOptions } from '../lib/feed.ts';

/** The newest published postmortems, with their summaries. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const feed = rssFeedOptions(archive.incidents, {
    title: config.title,
    homeUrl: new URL(pageUrl(''), site).href,
    feedUrl: new URL(pageUrl('rss.xml'), site).href,
  });
  const response = await rss(feed);
  response.headers.set('content-type', 'application/rss+xml; charset=utf-8');
  return response;
};
