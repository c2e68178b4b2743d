import type { APIRoute } from 'astro';
import { reviewsFeed } from '../../data/feeds.ts';

/** One item per finished quarter's reliability review. */
export const GET: APIRoute = ({ site }) => reviewsFeed('xml', site);
