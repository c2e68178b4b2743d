import type { APIRoute } from 'astro';
import config from 'virtual:hindsight/config';
import { pageUrl } from '../data/archive.ts';
import { robotsTxt, SITEMAP_INDEX } from '../lib/robots.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(config.audience, new URL(pageUrl(SITEMAP_INDEX), site).href), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
