/**
 * The archive's RSS feed, as options for @astrojs/rss: the newest published
 * postmortems, each with its severity, impact and summary.
 */
import type { RSSOptions } from '@astrojs/rss';
import { feedDescription, feedTitle } from './incident/descriptions.ts';
import type { Incident } from './incident/incident.ts';
import { escapeXml, xmlChars } from './xml.ts';

/** How many postmortems the feed carries. */
export const FEED_SIZE = 50;

export interface FeedChannel {
  /** The archive's name. */
  title: string;
  /** Absolute URL of the archive's front page. */
  homeUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
}

/** The feed's options, from the incidents newest first. */
export function rssFeedOptions(incidents: readonly Incident[], channel: FeedChannel): RSSOptions {
  return {
    title: xmlChars(channel.title),
    description: 'New incident postmortems',
    site: channel.homeUrl,
    // Feed readers find the feed's own address in it (RSS best practice).
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: incidents
      .filter((incident) => incident.data.status === 'published')
      .slice(0, FEED_SIZE)
      .map((incident) => ({
        title: xmlChars(feedTitle(incident)),
        link: new URL(incident.url, channel.homeUrl).href,
        description: xmlChars(feedDescription(incident)),
        pubDate: incident.milestones.started,
      })),
  };
}
