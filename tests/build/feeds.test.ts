/**
 * Every feed the example archive builds is valid RSS 2.0 or JSON Feed 1.1
 * (tests/support/feed-validators.ts), and every group page points to its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../support/dist-files.ts';
import { jsonFeedProblems, rssProblems } from '../support/feed-validators.ts';
import { readPage } from '../support/html.ts';

const { example, basicBase } = inject('builds');

describe('feeds', () => {
  const files = listFiles(example.outDir);
  const rss = files.filter((file) => file.endsWith('feed.xml') || file === 'rss.xml');
  const json = files.filter((file) => file.endsWith('feed.json'));

  it('exist for each service, team, root cause, severity and the reviews, in both formats', () => {
    for (const path of [
      'services/checkout',
      'teams/payments',
      'root-causes/config-change',
      'severities/sev1',
      'reviews',
    ]) {
      expect(rss).toContain(`${path}/feed.xml`);
      expect(json).toContain(`${path}/feed.json`);
    }
    expect(rss.length).toBe(json.length + 1);
  });

  it.each(rss.map((file) => [file]))('%s is valid RSS 2.0', (file) => {
    expect(rssProblems(readFileSync(join(example.outDir, file), 'utf8'))).toEqual([]);
  });

  it.each(json.map((file) => [file]))('%s is valid JSON Feed 1.1', (file) => {
    expect(jsonFeedProblems(readFileSync(join(example.outDir, file), 'utf8'))).toEqual([]);
  });

  it('carry only their scope: the SEV1 feed holds the SEV1 postmortems', () => {
    const feed = JSON.parse(readFileSync(join(example.outDir, 'severities/sev1/feed.json'), 'utf8')) as {
      items: { title: string }[];
      home_page_url: string;
    };
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.every((item) => item.title.startsWith('[SEV1] '))).toBe(true);
    expect(feed.home_page_url).toBe('https://incidents.tidewater.example/?severity=SEV1');
  });

  it('are linked from each group page, in the head and visibly', () => {
    const html = readPage(example.outDir, 'services/checkout/');
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Checkout: new postmortems (RSS)" href="/services/checkout/feed.xml">',
    );
    expect(html).toContain(
      '<link rel="alternate" type="application/feed+json" title="Checkout: new postmortems (JSON Feed)" href="/services/checkout/feed.json">',
    );
    expect(html).toMatch(/Follow new postmortems of Checkout: <a href="\/services\/checkout\/feed.xml"[^>]*>RSS<\/a>/);
  });

  it('give absolute addresses below the base on a shared host', () => {
    const xml = readFileSync(join(basicBase.outDir, 'reviews/feed.xml'), 'utf8');
    expect(rssProblems(xml)).toEqual([]);
    expect(xml).toContain('<atom:link href="https://intranet.example.com/postmortems/reviews/feed.xml"');
    for (const link of xml.matchAll(/<link>([^<]+)<\/link>/g)) {
      expect(link[1]).toMatch(/^https:\/\/intranet\.example\.com\/postmortems\//);
    }
  });
});
