/** A feed written as the HTTP response of a static endpoint, in either format. */
import { getRssString } from '@astrojs/rss';
import { jsonFeed, rssOptions, type FeedChannel, type FeedItem } from './feed.ts';
import type { FeedFormat } from './pages/feeds.ts';

export async function feedResponse(format: FeedFormat, items: readonly FeedItem[], channel: FeedChannel) {
  if (format === 'json') {
    return new Response(JSON.stringify(jsonFeed(items, channel), null, 2), {
      headers: { 'content-type': 'application/feed+json; charset=utf-8' },
    });
  }
  return new Response(await getRssString(rssOptions(items, channel)), {
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
  });
}
