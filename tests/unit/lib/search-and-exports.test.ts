import { describe, expect, it } from 'vitest';
import { rssFeed, sitemapXml } from '../../../src/lib/exports.ts';
import { previewSvg, wrapText } from '../../../src/lib/preview-image.ts';
import {
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  serializeSearchState,
} from '../../../src/lib/search-state.ts';
import { escapeXml } from '../../../src/lib/xml.ts';

describe('search state in the URL', () => {
  const labels = { service: { checkout: 'Checkout', search: 'Search' }, detected: { customer: 'Customer report' } };

  it('round-trips the query, filters and sort', () => {
    const state = parseSearchState('?q=%20dns%20&severity=SEV1&service=checkout&service=search&sort=newest', labels);
    expect(state).toEqual({
      query: 'dns',
      filters: { severity: ['SEV1'], service: ['checkout', 'search'] },
      sort: 'newest',
    });
    expect(serializeSearchState(state)).toBe('?q=dns&severity=SEV1&service=checkout&service=search&sort=newest');
    expect(pagefindSort('oldest')).toEqual({ date: 'asc' });
    expect(pagefindSort('relevance')).toBeUndefined();
  });

  it('asks the search index by the display names it files incidents under', () => {
    const state = parseSearchState('?severity=SEV1&service=checkout&detected=customer', labels);
    expect(pagefindFilters(state, labels)).toEqual({
      severity: { any: ['SEV1'] },
      service: { any: ['Checkout'] },
      detection: { any: ['Customer report'] },
    });
  });
});

describe('feeds and XML', () => {
  it('escapes text in the RSS feed', () => {
    const xml = rssFeed({ title: 'A & B', url: 'https://x/', description: 'd', feedUrl: 'https://x/rss.xml' }, [
      {
        title: '<script>alert(1)</script>',
        url: 'https://x/p/',
        description: 'a "quote" & more',
        date: new Date('2025-01-02T03:04:05Z'),
      },
    ]);
    expect(xml).toContain('<title>A &amp; B</title>');
    expect(xml).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(xml).toContain('<pubDate>Thu, 02 Jan 2025 03:04:05 GMT</pubDate>');
    expect(xml).not.toContain('<script>');
  });

  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c')).toBe('abc');
    expect(sitemapXml(['https://x/?a=1&b=2'])).toContain('<loc>https://x/?a=1&amp;b=2</loc>');
  });
});

describe('link preview card', () => {
  it('wraps long titles to at most three lines with an ellipsis', () => {
    const lines = wrapText('word '.repeat(40).trim(), 20, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(wrapText('Short title', 20, 3)).toEqual(['Short title']);
  });

  it('escapes the title so it cannot break the SVG', () => {
    const svg = previewSvg({
      archiveName: 'X',
      title: '</text><script>x</script>',
      severity: 'SEV1',
      duration: '5 min',
      date: 'd',
      services: ['a&b'],
    });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('a&amp;b');
  });
});
