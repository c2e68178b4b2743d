/**
 * The built review of 2025 Q3 of the example archive (as of 1 Jan 2026) shows
 * the figures computed by hand in tests/unit/lib/pages/quarter-review.test.ts,
 * read from the page by data attributes and table rows; the index lists every
 * quarter newest first, and the navigation leads there.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPage, textOfElement, visibleText } from '../support/html.ts';

const { example } = inject('builds');

/** The visible text of the row carrying `attribute="value"`, one entry per cell. */
function rowCells(html: string, attribute: string, value: string): string[] {
  const row = new RegExp(`<tr[^>]*\\s${attribute}="${value}"[^>]*>([\\s\\S]*?)</tr>`).exec(html)?.[1];
  if (!row) throw new Error(`no row ${attribute}="${value}"`);
  return [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => visibleText(cell[1]!));
}

describe('the reliability review of 2025 Q3', () => {
  const html = readPage(example.outDir, 'reviews/2025-q3/');
  const text = visibleText(html);

  it('lists its four incidents, oldest first, each linked to its postmortem', () => {
    const ids = [...html.matchAll(/<tr data-incident="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual([
      '2025-07-12-auth-session-store-failover',
      '2025-08-05-cdn-cache-purge-storm',
      '2025-08-28-inventory-sync-duplicate-orders',
      '2025-09-16-dns-record-deleted-admin-console',
    ]);
    for (const id of ids) expect(html).toContain(`href="/postmortems/${id}/"`);
    expect(textOfElement(html, 'data-figure', 'incidents')).toBe('4 incidents');
    expect(rowCells(html, 'data-incident', '2025-08-28-inventory-sync-duplicate-orders').slice(3)).toEqual([
      '2 h 40 min',
      '1 h 15 min',
      '3 h 55 min',
    ]);
  });

  it('shows the severity mix beside 2025 Q2', () => {
    expect(rowCells(html, 'data-severity', 'SEV1')).toEqual(['SEV1', '1', '0']);
    expect(rowCells(html, 'data-severity', 'SEV2')).toEqual(['SEV2', '2', '2']);
    expect(rowCells(html, 'data-severity', 'SEV3')).toEqual(['SEV3', '1', '2']);
    expect(rowCells(html, 'data-severity', 'SEV4')).toEqual(['SEV4', '0', '0']);
  });

  it('gives n for time to detect and to mitigate and no median or p90 of 4 incidents', () => {
    expect(rowCells(html, 'data-measure', 'timeToDetect-n')).toEqual(['Time to detect: incidents (n)', '4', '4']);
    expect(rowCells(html, 'data-measure', 'timeToMitigate-n')).toEqual(['Time to mitigate: incidents (n)', '4', '4']);
    expect(rowCells(html, 'data-measure', 'timeToDetect-median').slice(1)).toEqual([
      'too few incidents (4 incidents; a median needs at least 5)',
      'too few incidents (4 incidents; a median needs at least 5)',
    ]);
    expect(rowCells(html, 'data-measure', 'timeToMitigate-p90')[1]).toBe(
      'too few incidents (4 incidents; a p90 needs at least 10)',
    );
    expect(text).not.toMatch(/Median (time to detect )?\d/);
  });

  it('names its two repeats and their earlier incidents', () => {
    expect(textOfElement(html, 'data-figure', 'repeats')).toBe('2 repeats');
    expect(text).toContain('68 days earlier, on the same service: Storefront (web).');
    expect(text).toContain('42 days earlier.');
  });

  it('counts action items opened, closed in the quarter and overdue now', () => {
    expect(textOfElement(html, 'data-figure', 'opened')).toBe('21');
    expect(text).toContain("18 done · 3 won't do · 0 in progress · 0 open");
    expect(textOfElement(html, 'data-figure', 'closed')).toBe('10');
    expect(textOfElement(html, 'data-figure', 'overdue')).toBe('0');
  });

  it('retells the three longest incidents with their learnings', () => {
    const longest = /<ol class="longest"[\s\S]*?<\/ol>/.exec(html)![0];
    expect([...longest.matchAll(/data-incident="([^"]+)"/g)].map((match) => match[1])).toEqual([
      '2025-08-28-inventory-sync-duplicate-orders',
      '2025-07-12-auth-session-store-failover',
      '2025-09-16-dns-record-deleted-admin-console',
    ]);
    expect(visibleText(longest)).toContain('A retry is only as safe as the least idempotent call');
  });

  it('is in the navigation and announces the reviews feed', () => {
    expect(html).toMatch(/<a href="\/reviews\/" aria-current="page">Reviews<\/a>/);
    expect(html).toContain(
      '<link rel="alternate" type="application/rss+xml" title="reliability reviews (RSS)" href="/reviews/feed.xml">',
    );
  });
});

describe('the reviews index', () => {
  it('lists every quarter with incidents and the one under way, newest first, marking it partial', () => {
    const html = readPage(example.outDir, 'reviews/');
    const quarters = [...html.matchAll(/<tr data-quarter="([^"]+)"/g)].map((match) => match[1]);
    // Built as of 1 Jan 2026, so 2026 Q1 is under way and the example's later incidents lie in quarters not yet begun.
    expect(quarters).toEqual(['2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1']);
    expect(rowCells(html, 'data-quarter', '2026-Q1')[0]).toBe('2026 Q1 (to 1 Jan)');
    expect(rowCells(html, 'data-quarter', '2025-Q3')).toEqual(['2025 Q3', '4', '3', '2', '21', '0']);
    expect(readPage(example.outDir, 'reviews/2026-q1/')).toContain('data-partial');
  });
});
