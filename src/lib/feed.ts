/**
 * The archive's feeds, one builder for all: the newest postmortems of the
 * archive, of a service, team, root cause, tag or severity, and the quarterly
 * reviews. Each is a list of items written two ways: options for
 * @astrojs/rss (RSS 2.0) and a JSON Feed 1.1 document.
 */
import type { RSSOptions } from '@astrojs/rss';
import { feedDescription, feedTitle } from './incident/descriptions.ts';
import type { Incident } from './incident/incident.ts';
import { escapeXml, xmlChars } from './xml.ts';

/** How many postmortems a feed carries. */
export const FEED_SIZE = 50;

export interface FeedChannel {
  /** The feed's name, e.g. the archive's. */
  title: string;
  /** Absolute URL of the page the feed belongs to. */
  homeUrl: string;
  /** Absolute URL of the feed itself. */
  feedUrl: string;
  /** One line on what the feed carries. */
  description?: string;
}

/** One entry of a feed, as both formats need it. */
export interface FeedItem {
  /** Absolute URL of the entry's page; also its permanent id. */
  url: string;
  title: string;
  /** Plain text. */
  summary: string;
  published: Date;
}

const DEFAULT_DESCRIPTION = 'New incident postmortems';

/** A feed's items from incidents newest first: the published ones, at most FEED_SIZE. */
export function incidentFeedItems(incidents: readonly Incident[], homeUrl: string): FeedItem[] {
  return incidents
    .filter((incident) => incident.data.status === 'published')
    .slice(0, FEED_SIZE)
    .map((incident) => ({
      url: new URL(incident.url, homeUrl).href,
      title: feedTitle(incident),
      summary: feedDescription(incident),
      published: incident.milestones.started,
    }));
}

/** RSS 2.0, as options for @astrojs/rss (which adds each item's guid from its link). */
export function rssOptions(items: readonly FeedItem[], channel: FeedChannel): RSSOptions {
  return {
    title: xmlChars(channel.title),
    description: xmlChars(channel.description ?? DEFAULT_DESCRIPTION),
    site: channel.homeUrl,
    // Feed readers find the feed's own address in it (RSS best practice).
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    items: items.map((item) => ({
      title: xmlChars(item.title),
      link: item.url,
      description: xmlChars(item.summary),
      pubDate: item.published,
    })),
  };
}

/** The archive's RSS feed of postmortems, from the incidents newest first. */
export function rssFeedOptions(incidents: readonly Incident[], channel: FeedChannel): RSSOptions {
  return rssOptions(incidentFeedItems(incidents, channel.homeUrl), channel);
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  items: { id: string; url: string; title: string; content_text: string; summary: string; date_published: string }[];
}

/** The same items as JSON Feed 1.1; dates are RFC 3339 in UTC. */
export function jsonFeed(items: readonly FeedItem[], channel: FeedChannel): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    description: channel.description ?? DEFAULT_DESCRIPTION,
    language: 'en',
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      // The characters XML forbids (NUL, lone surrogates, U+FFFE) break strict JSON readers too.
      title: xmlChars(item.title),
      content_text: xmlChars(item.summary),
      summary: xmlChars(item.summary),
      date_published: item.published.toISOString(),
    })),
  };
}
