import type { APIRoute } from 'astro';
import { incidentFeed, severityFeedRoutes } from '../../../data/feeds.ts';
import type { IncidentFeedScope } from '../../../lib/pages/feeds.ts';

/** /severities/sev1/feed.json ... /severities/sev4/feed.json. */
export const getStaticPaths = severityFeedRoutes;

export const GET: APIRoute<{ scope: IncidentFeedScope }> = ({ props, site }) => incidentFeed('json', props.scope, site);
