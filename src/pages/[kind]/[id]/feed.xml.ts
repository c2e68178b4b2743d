import type { APIRoute } from 'astro';
import { groupFeedRoutes, incidentFeed } from '../../../data/feeds.ts';
import type { IncidentFeedScope } from '../../../lib/pages/feeds.ts';

/** /services/<id>/feed.xml and the same for teams, root causes and tags. */
export const getStaticPaths = groupFeedRoutes;

export const GET: APIRoute<{ scope: IncidentFeedScope }> = ({ props, site }) => incidentFeed('xml', props.scope, site);
