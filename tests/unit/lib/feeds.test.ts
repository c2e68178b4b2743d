/** The JSON Feed, the scoped feeds and the reviews feed, and the validators the build tests check every feed with. */
import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { incidentFeedItems, jsonFeed, rssOptions } from '../../../src/lib/feed.ts';
import { finishedReviews, groupFeedScopes, reviewFeedItems, severityFeedScopes } from '../../../src/lib/pages/feeds.ts';
import { jsonFeedProblems, parseXml, rfc822Problem, rssProblems } from '../../support/feed-validators.ts';
import { archiveOf, postmortem } from './incident/postmortems.ts';

const channel = {
  title: 'Archive: Service: Checkout',
  homeUrl: 'https://x.example/archive/services/checkout/',
  feedUrl: 'https://x.example/archive/services/checkout/feed.xml',
  description: 'New postmortems of Checkout',
};

const archive = archiveOf(
  {
    a: postmortem({ start: '2025-01-02T03:04:05Z', severity: 'SEV1', services: ['search'] }),
    b: postmortem({ start: '2025-02-01T00:00:00Z', status: 'draft' }),
    c: postmortem({ start: '2025-03-01T10:00:00Z', title: 'Tom & Jerry <b>' }),
  },
  '/archive/',
);

describe('JSON Feed 1.1', () => {
  it('carries the same items as the RSS feed, with ids, absolute URLs and RFC 3339 dates', () => {
    const feed = jsonFeed(incidentFeedItems(archive.incidents, channel.homeUrl), channel);
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: channel.title,
      home_page_url: channel.homeUrl,
      feed_url: channel.feedUrl,
    });
    expect(feed.items).toEqual([
      expect.objectContaining({
        id: 'https://x.example/archive/postmortems/c/',
        url: 'https://x.example/archive/postmortems/c/',
        title: '[SEV2] Tom & Jerry <b>',
        date_published: '2025-03-01T10:00:00.000Z',
      }),
      expect.objectContaining({
        id: 'https://x.example/archive/postmortems/a/',
        date_published: '2025-01-02T03:04:05.000Z',
      }),
    ]);
    expect(jsonFeedProblems(JSON.stringify(feed))).toEqual([]);
  });
});

describe('scoped feeds', () => {
  it('exist for every group and severity, each with its own incidents', () => {
    const groups = groupFeedScopes(archive);
    const search = groups.find((scope) => scope.kind === 'services' && scope.id === 'search')!;
    expect(search).toMatchObject({ pagePath: 'services/search/', name: 'Service: Search' });
    expect(search.incidents.map((incident) => incident.id)).toEqual(['a']);
    const severities = severityFeedScopes(archive);
    expect(severities.map((scope) => scope.pagePath)).toEqual([
      'severities/sev1/',
      'severities/sev2/',
      'severities/sev3/',
      'severities/sev4/',
    ]);
    expect(severities[0]!.homePath).toBe('?severity=SEV1');
    expect(severities[0]!.incidents.map((incident) => incident.id)).toEqual(['a']);
  });

  it('write valid RSS 2.0 with escaped text and a self link', async () => {
    const xml = await getRssString(rssOptions(incidentFeedItems(archive.incidents, channel.homeUrl), channel));
    expect(rssProblems(xml)).toEqual([]);
    expect(xml).toContain('<title>[SEV2] Tom &amp; Jerry &lt;b&gt;</title>');
    expect(xml).toContain('<description>New postmortems of Checkout</description>');
  });
});

describe('the reviews feed', () => {
  it('has one item per finished quarter, dated the day after it ended', () => {
    // Reviews count every incident the archive holds (a draft only in dev); feeds of postmortems only published ones.
    const reviews = finishedReviews(archive.incidents, '2025-03-15');
    expect(reviews.map((review) => review.quarter)).toEqual([]);
    const later = finishedReviews(archive.incidents, '2025-07-01');
    const items = reviewFeedItems(later, 'https://x.example/archive/');
    expect(items).toEqual([
      {
        url: 'https://x.example/archive/reviews/2025-q1/',
        title: 'Reliability review 2025 Q1',
        summary:
          '3 incidents (1 SEV1, 2 SEV2); 2 repeats of a root cause within 90 days; 3 action items opened, 0 closed in the quarter, 3 overdue.',
        published: new Date('2025-04-01T00:00:00Z'),
      },
    ]);
  });
});

describe('the feed validators', () => {
  const good = (items: string) =>
    `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>https://x.example/</link><description>D</description>${items}</channel></rss>`;
  const item = (guid: string, date = 'Wed, 01 Oct 2025 00:00:00 GMT') =>
    `<item><title>a</title><link>${guid}</link><guid>${guid}</guid><pubDate>${date}</pubDate></item>`;

  it('accept a minimal valid RSS feed', () => {
    expect(rssProblems(good(item('https://x.example/a')))).toEqual([]);
  });

  it('reject ill-formed XML, missing elements, relative links, duplicate guids and bad dates', () => {
    expect(rssProblems('<rss version="2.0"><channel></rss>')[0]).toMatch(/not well-formed/);
    expect(rssProblems('<rss version="2.0"><channel><title>a & b</title></channel></rss>')[0]).toMatch(/unescaped &/);
    expect(rssProblems('<rss version="2.0"><channel><title>T</title></channel></rss>')).toEqual([
      '<channel> has no <link>',
      '<channel> has no <description>',
    ]);
    expect(rssProblems(good(item('/a')))).toContain(`item 1's link "/a" is not absolute`);
    expect(rssProblems(good(item('https://x.example/a') + item('https://x.example/a')))).toContain(
      `item 2's guid "https://x.example/a" is not unique`,
    );
    expect(rssProblems(good(item('https://x.example/a', '2025-10-01T00:00:00Z')))[0]).toMatch(/not an RFC 822 date/);
  });

  it('check RFC 822 dates, weekday included', () => {
    expect(rfc822Problem('Wed, 01 Oct 2025 00:00:00 GMT')).toBeUndefined();
    expect(rfc822Problem('Thu, 01 Oct 2025 00:00:00 GMT')).toMatch(/wrong weekday/);
    expect(rfc822Problem('Wed, 31 Sep 2025 00:00:00 GMT')).toMatch(/not a real date/);
    expect(rfc822Problem('01 Oct 2025 09:30 +0200')).toBeUndefined();
  });

  it('parse attributes and entities', () => {
    const root = parseXml('<a x="1 &amp; 2"><b>&#60;&lt;</b><c/></a>');
    expect(root.attributes.x).toBe('1 & 2');
    expect(root.children.map((child) => [child.name, child.text])).toEqual([
      ['b', '<<'],
      ['c', ''],
    ]);
  });

  it('reject JSON feeds without the 1.1 version, ids, absolute URLs or RFC 3339 dates', () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1',
      title: 'T',
      home_page_url: '/',
      feed_url: 'https://x.example/feed.json',
      items: [
        { id: 'a', url: 'https://x.example/a', content_text: 'x', date_published: 'Wed, 01 Oct 2025 00:00:00 GMT' },
        { id: 'a', url: 'https://x.example/b', date_published: '2025-10-01T00:00:00Z' },
      ],
    };
    expect(jsonFeedProblems(JSON.stringify(feed))).toEqual([
      'version is "https://jsonfeed.org/version/1"',
      'home_page_url is not an absolute URL',
      `item 1's date_published "Wed, 01 Oct 2025 00:00:00 GMT" is not RFC 3339`,
      `item 2's id is not unique`,
      'item 2 has neither content_text nor content_html',
    ]);
  });
});
