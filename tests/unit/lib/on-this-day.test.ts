import { describe, expect, it } from 'vitest';
import { onThisDay } from '../../../src/lib/on-this-day.ts';

const at = (id: string, date: string) => ({ id, date });

describe('on this day', () => {
  it('finds incidents of earlier years within three days of today’s date, most recent year first', () => {
    const incidents = [
      at('two-years', '2024-11-26'),
      at('last-year-late', '2025-12-01'),
      at('last-year', '2025-11-25'),
      at('too-far', '2025-11-21'),
      at('this-year', '2026-11-27'),
      at('same-week-last-year', '2025-11-28'),
    ];
    expect(
      onThisDay(incidents, '2026-11-28').map((found) => [found.incident.id, found.yearsAgo, found.daysFromAnniversary]),
    ).toEqual([
      ['last-year', 1, -3],
      ['same-week-last-year', 1, 0],
      ['last-year-late', 1, 3],
      ['two-years', 2, -2],
    ]);
  });

  it('counts across a year end by the nearest anniversary, and never this year', () => {
    const incidents = [at('new-year-eve-2024', '2024-12-31'), at('new-year-eve-2025', '2025-12-31')];
    expect(onThisDay(incidents, '2026-01-02').map((found) => [found.incident.id, found.yearsAgo])).toEqual([
      ['new-year-eve-2024', 1],
    ]);
    expect(onThisDay([at('first-of-january', '2024-01-01')], '2026-12-31').map((found) => found.yearsAgo)).toEqual([3]);
  });

  it('takes 29 February as the 28th in other years', () => {
    expect(
      onThisDay([at('a', '2025-03-03'), at('b', '2025-03-04')], '2028-02-29').map((found) => found.incident.id),
    ).toEqual(['a']);
  });
});
