import { describe, expect, it } from 'vitest';
import { resolveByQuarter, resolvePoints } from '../../../../src/lib/insights/resolve.ts';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import { incident } from './fixtures.ts';

const MINUTE = 60_000;
const incidents = [
  incident({ id: 'a', date: '2025-01-10', timeToResolve: 300 * MINUTE }),
  incident({ id: 'b', date: '2025-02-10', timeToResolve: 60 * MINUTE }),
  incident({ id: 'c', date: '2025-02-20', timeToResolve: 240 * MINUTE }),
  incident({ id: 'd', date: '2025-03-01', timeToResolve: 120 * MINUTE }),
  incident({ id: 'e', date: '2025-03-31', timeToResolve: 180 * MINUTE }),
  // No resolved event: counted as an incident, not in the median.
  incident({ id: 'f', date: '2025-03-15' }),
  incident({ id: 'g', date: '2025-08-01', timeToResolve: 20 * MINUTE }),
  incident({ id: 'h', date: '2025-07-01', timeToResolve: 10 * MINUTE }),
];
const names = { services: {}, teams: {}, rootCauses: {} };

describe('time to resolve per quarter', () => {
  it('takes the median of the resolved incidents of each quarter, empty quarters included', () => {
    expect(resolveByQuarter(incidents)).toEqual([
      // 60, 120, 180, 240, 300 -> 180.
      { quarter: '2025-Q1', incidents: 6, resolved: 5, median: 180 },
      { quarter: '2025-Q2', incidents: 0, resolved: 0, median: undefined },
      // Two values are too few.
      { quarter: '2025-Q3', incidents: 2, resolved: 2, median: undefined },
    ]);
  });

  it('gives one point per resolved incident, oldest first', () => {
    const points = resolvePoints(incidents);
    expect(points.minutes).toEqual([300, 60, 240, 120, 180, 10, 20]);
    // 2025-01-10 is day 20098 since 1970-01-01 (55 years with 14 leap days: 55 × 365 + 14 = 20089, plus 9).
    expect(points.days[0]).toBe(20098);
  });

  it('tables the n of each median, says how many have no resolved event, and marks the quarter under way', () => {
    const panel = insightsView(incidents, { today: '2025-08-15', names }).panels.resolveQuarterly;
    expect(panel.table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['2025 Q1', '6', '5', '180'],
      ['2025 Q2', '0', '0', '—'],
      ['2025 Q3 (to 15 Aug)', '2', '2', 'too few incidents'],
    ]);
    expect(panel.table.rows[0]![3]!.title).toBe('3 h 00 min'); // 180 minutes, on hover
    expect(panel.description).toContain('1 incident of 8 has no resolved event on its timeline and is left out.');
    const median = panel.chart!.series.find((series) => series.type === 'line')!;
    expect(median.values).toEqual([180, null, null]);
    // Drawn mid-quarter: Q1 2025 runs from day 20089 (1 Jan) to 20179 (1 Apr), so 20134.
    expect(median.x![0]).toBe(20134);
  });
});
