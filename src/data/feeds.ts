/** The site's feeds as responses: absolute URLs from the configured site and base, items from the archive. */
import config from 'virtual:hindsight/config';
import { incidentFeedItems, type FeedItem } from '../lib/feed.ts';
import { feedResponse } from '../lib/feed-response.ts';
import {
  feedPaths,
  finishedReviews,
  groupFeedScopes,
  reviewFeedItems,
  severityFeedScopes,
  severitySlug,
  type FeedFormat,
  type IncidentFeedScope,
} from '../lib/pages/feeds.ts';
import { loadArchive, pageUrl } from './archive.ts';

/** Absolute URL of a path below the base. */
export const absoluteUrl = (path: string, site: URL | undefined) => new URL(pageUrl(path), site ?? config.site).href;

/** A feed of a page (`pagePath` below the base) in one format. */
export function pageFeed(
  format: FeedFormat,
  pagePath: string,
  name: string,
  description: string,
  items: (homeUrl: string) => FeedItem[],
  site: URL | undefined,
) {
  const homeUrl = absoluteUrl(pagePath, site);
  return feedResponse(format, items(homeUrl), {
    title: `${config.title}: ${name}`,
    description,
    homeUrl,
    feedUrl: absoluteUrl(feedPaths(pagePath)[format], site),
  });
}

/** The newest postmortems of a service, team, root cause, tag or severity. */
export function incidentFeed(format: FeedFormat, scope: IncidentFeedScope, site: URL | undefined) {
  const homeUrl = absoluteUrl(scope.homePath ?? scope.pagePath, site);
  return feedResponse(format, incidentFeedItems(scope.incidents, homeUrl), {
    title: `${config.title}: ${scope.name}`,
    description: `New incident postmortems · ${scope.name}`,
    homeUrl,
    feedUrl: absoluteUrl(feedPaths(scope.pagePath)[format], site),
  });
}

export async function groupFeedRoutes() {
  return groupFeedScopes(await loadArchive()).map((scope) => ({
    params: { kind: scope.kind, id: scope.id },
    props: { scope },
  }));
}

export async function severityFeedRoutes() {
  return severityFeedScopes(await loadArchive()).map((scope) => ({
    params: { severity: severitySlug(scope.severity) },
    props: { scope },
  }));
}

/** The quarterly reviews, newest first: one item per finished quarter. */
export async function reviewsFeed(format: FeedFormat, site: URL | undefined) {
  const reviews = finishedReviews((await loadArchive()).incidents, config.buildDate);
  return pageFeed(
    format,
    'reviews/',
    'reliability reviews',
    'A reliability review for each quarter once it is over',
    () => reviewFeedItems(reviews, absoluteUrl('', site)),
    site,
  );
}
