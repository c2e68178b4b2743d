import type { APIRoute } from 'astro';
import config from 'virtual:hindsight/config';
import { loadArchive, pageUrl } from '../data/archive.ts';
import { feedDescription, feedTitle } from '../lib/incident/descriptions.ts';
import { rssFeed } from '../lib/exports.ts';

const FEED_SIZE = 50;

/** The newest published postmortems, with their summaries. */
export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const items = archive.incidents
    .filter((incident) => incident.data.status === 'published')
    .slice(0, FEED_SIZE)
    .map((incident) => ({
      title: feedTitle(incident),
      url: new URL(incident.url, site).href,
      description: feedDescription(incident),
      date: incident.milestones.started,
    }));
  const xml = rssFeed(
    {
      title: config.title,
      url: new URL(pageUrl(''), site).href,
      description: 'New incident postmortems',
      feedUrl: new URL(pageUrl('rss.xml'), site).href,
    },
    items,
  );
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
