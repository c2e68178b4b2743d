import { describe, expect, it } from 'vitest';
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
      detected: { any: ['Customer report'] },
    });
  });
});

describe('XML', () => {
  it('drops characters XML cannot hold', () => {
    expect(escapeXml('a\u0000b\u0007c')).toBe('abc');
    // Front matter can spell these as YAML escapes ("\uFFFE"); one of them made the card renderer throw.
    expect(escapeXml('a\uFFFEb\uFFFFc\uD800d\uDC00e')).toBe('abcde');
    expect(escapeXml('keeps \u{1F525} and \u0085')).toBe('keeps \u{1F525} and \u0085');
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
