import { describe, expect, it } from 'vitest';
import { indexData, indexPage } from '../../../../src/lib/pages/archive-index.ts';
import { laterPages, pageCount, pageRows, PAGE_SIZE } from '../../../../src/lib/pages/paging.ts';
import { archiveOf, postmortem } from '../incident/postmortems.ts';

describe('paging', () => {
  it('fills pages of PAGE_SIZE rows; an empty list still has page 1', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(laterPages(PAGE_SIZE * 2 + 1)).toEqual([2, 3]);
    expect(laterPages(3)).toEqual([]);
    const rows = Array.from({ length: PAGE_SIZE + 2 }, (_, index) => index);
    expect(pageRows(rows, 2)).toEqual([PAGE_SIZE, PAGE_SIZE + 1]);
  });
});

describe('the archive index', () => {
  const archive = archiveOf(
    Object.fromEntries(
      Array.from({ length: PAGE_SIZE + 1 }, (_, index) => [
        `i${String(index).padStart(2, '0')}`,
        postmortem({ start: new Date(Date.UTC(2025, 0, 1) + index * 86_400_000).toISOString() }),
      ]),
    ),
  );

  it('has one row per incident, newest first, and labels the filter values with taxonomy names', () => {
    const data = indexData(archive);
    expect(data.rows).toHaveLength(PAGE_SIZE + 1);
    expect(data.rows[0]!.id).toBe(`i${PAGE_SIZE}`);
    expect(data.labels.service.checkout).toBe('Checkout');
    expect(data.labels.detected.monitoring).toBe('Monitoring');
  });

  it('pages the rows: the oldest incident is alone on page 2', () => {
    const second = indexPage(indexData(archive), 2);
    expect(second.pageCount).toBe(2);
    expect(second.rows.map((row) => row.id)).toEqual(['i00']);
  });
});
