import type { APIRoute } from 'astro';
import { incidentFeed, severityFeedRoutes } from '../../../data/feeds.ts';
import type { IncidentFeedScope } from '../../../lib/pages/feeds.ts';

/** /severities/sev1/feed.xml ... /severities/sev4/feed.xml. */
export const getStaticPaths = severityFeedRoutes;

export const GET: APIRoute<{ scope: IncidentFeedScope }> = ({ props, site }) => incidentFeed('xml', props.scope, site);
