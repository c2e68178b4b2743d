import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { FEED_SIZE, rssFeedOptions } from '../../../src/lib/feed.ts';
import { robotsTxt } from '../../../src/lib/robots.ts';
import { archiveOf, postmortem } from './incident/postmortems.ts';

const channel = {
  title: 'A & B',
  homeUrl: 'https://x.example/archive/',
  feedUrl: 'https://x.example/archive/rss.xml',
};

describe('the RSS feed', () => {
  it('carries published postmortems newest first, each linking to its page with its severity, impact and start', () => {
    const archive = archiveOf(
      {
        old: postmortem({ start: '2025-01-02T03:04:05Z', title: '<script>alert(1)</script>' }),
        draft: postmortem({ start: '2025-02-01T00:00:00Z', status: 'draft' }),
        new: postmortem({ start: '2025-03-01T10:00:00Z', severity: 'SEV1', summary: 'A "quote" & more.' }),
      },
      '/archive/',
    );
    const options = rssFeedOptions(archive.incidents, channel);
    expect(options.items).toEqual([
      {
        title: '[SEV1] Checkout failed',
        link: 'https://x.example/archive/postmortems/new/',
        description: 'SEV1 · 30 min of impact. A "quote" & more.',
        pubDate: new Date('2025-03-01T10:00:00Z'),
      },
      expect.objectContaining({ title: '[SEV2] <script>alert(1)</script>', pubDate: new Date('2025-01-02T03:04:05Z') }),
    ]);
  });

  it('keeps at most FEED_SIZE items', () => {
    const many = Object.fromEntries(
      Array.from({ length: FEED_SIZE + 5 }, (_, day) => [
        `p${day}`,
        postmortem({ start: new Date(Date.UTC(2025, 0, 1 + day)).toISOString() }),
      ]),
    );
    expect(rssFeedOptions(archiveOf(many).incidents, channel).items).toHaveLength(FEED_SIZE);
  });

  it('renders as RSS 2.0 with escaped text, a self link and UTC dates', async () => {
    const archive = archiveOf({ a: postmortem({ start: '2025-01-02T03:04:05Z', title: 'x\u0007 <b>' }) });
    const xml = await getRssString(rssFeedOptions(archive.incidents, channel));
    expect(xml).toContain('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">');
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<title>[SEV2] x &lt;b&gt;</title>');
    expect(xml).toContain(
      '<atom:link href="https://x.example/archive/rss.xml" rel="self" type="application/rss+xml"/>',
    );
    expect(xml).toContain('<pubDate>Thu, 02 Jan 2025 03:04:05 GMT</pubDate>');
    expect(xml).not.toContain('<b>');
  });

  it('leaves out characters XML 1.0 cannot hold, so the feed stays well-formed', async () => {
    const title = 'a\uFFFEb\uFFFFc\uD800d';
    const archive = archiveOf({ a: postmortem({ start: '2025-01-02T03:04:05Z', title }) });
    const xml = await getRssString(rssFeedOptions(archive.incidents, channel));
    expect(xml).toContain('<title>[SEV2] abcd</title>');
  });
});

describe('robots.txt', () => {
  it('points a public archive at its sitemap and keeps crawlers out of an internal one', () => {
    expect(robotsTxt('public', 'https://x.example/sitemap-index.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.example/sitemap-index.xml\n',
    );
    expect(robotsTxt('internal', 'https://x.example/sitemap-index.xml')).toMatch(/Disallow: \/\n$/);
    expect(robotsTxt('internal', 'https://x.example/sitemap-index.xml')).not.toContain('Sitemap');
  });
});

describe('the JSON Feed of hostile text', () => {
  it('drops the characters strict JSON readers refuse, as the RSS feed does', async () => {
    const { jsonFeed } = await import('../../../src/lib/feed.ts');
    const feed = jsonFeed(
      [
        {
          url: 'https://x.example/p/',
          title: 'A\u0000B\uFFFEC\uD800D',
          summary: 'ok\u0000',
          published: new Date('2026-01-01T00:00:00Z'),
        } as Parameters<typeof jsonFeed>[0][number],
      ],
      { title: 't', homeUrl: 'https://x.example/', feedUrl: 'https://x.example/feed.json' },
    );
    expect(feed.items[0]!.title).toBe('ABCD');
    expect(feed.items[0]!.summary).toBe('ok');
  });
});
