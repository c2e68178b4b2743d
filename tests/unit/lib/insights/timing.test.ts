import { describe, expect, it } from 'vitest';
import {
  durationPoints,
  impactHistogram,
  rollingMedians,
  timingByQuarter,
  timingSummary,
} from '../../../../src/lib/insights/timing.ts';
import { incident } from './fixtures.ts';

const incidents = [
  incident({ id: 'c', date: '2025-04-01', ttd: 40, ttm: 120 }),
  incident({ id: 'a', date: '2025-01-10', ttd: 10, ttm: 30 }),
  incident({ id: 'd', date: '2025-06-30', ttd: 0, ttm: 5 }),
  incident({ id: 'b', date: '2025-02-15', ttd: 20, ttm: 60 }),
];

describe('timing', () => {
  it('summarises TTD, TTM and impact in minutes', () => {
    const summary = timingSummary(incidents);
    expect(summary.count).toBe(4);
    // TTD 0, 10, 20, 40: median 15; p90 at rank 2.7 = 20 + 0.7 × 20 = 34.
    expect(summary.timeToDetect.median).toBe(15);
    expect(summary.timeToDetect.p90).toBeCloseTo(34, 10);
    // Impact 5, 40, 80, 160: median 60.
    expect(summary.impactDuration.median).toBe(60);
  });

  it('gives median and p90 per quarter, empty quarters included', () => {
    const quarters = timingByQuarter([...incidents, incident({ id: 'e', date: '2025-10-01', ttd: 1, ttm: 1 })]);
    expect(quarters.map((quarter) => quarter.quarter)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    const [q1, q2, q3] = quarters;
    // Q1: TTD 10 and 20; p90 at rank 0.9 = 10 + 0.9 × 10 = 19. TTM 30 and 60: median 45, p90 57.
    expect(q1).toMatchObject({ count: 2, timeToDetect: { median: 15 }, timeToMitigate: { median: 45 } });
    expect(q1!.timeToDetect.p90).toBeCloseTo(19, 10);
    expect(q1!.timeToMitigate.p90).toBeCloseTo(57, 10);
    // Q2: TTD 40 and 0: median 20, p90 36.
    expect(q2!.timeToDetect.median).toBe(20);
    expect(q2!.timeToDetect.p90).toBeCloseTo(36, 10);
    expect(q3).toMatchObject({ count: 0, timeToDetect: { count: 0 } });
    expect(q3!.timeToDetect.median).toBeUndefined();
  });

  it('takes rolling medians over the month and the two before it', () => {
    const rows = rollingMedians(incidents);
    expect(rows.map((row) => [row.month, row.count, row.windowCount, row.timeToDetect, row.timeToMitigate])).toEqual([
      ['2025-01', 1, 1, 10, 30],
      ['2025-02', 1, 2, 15, 45],
      ['2025-03', 0, 2, 15, 45],
      ['2025-04', 1, 2, 30, 90],
      ['2025-05', 0, 1, 40, 120],
      ['2025-06', 1, 2, 20, 62.5],
    ]);
  });

  it('leaves a gap where a shorter window holds no incident', () => {
    const rows = rollingMedians(incidents, 1);
    expect(rows.find((row) => row.month === '2025-03')).toEqual({
      month: '2025-03',
      count: 0,
      windowCount: 0,
      timeToDetect: undefined,
      timeToMitigate: undefined,
    });
    expect(() => rollingMedians(incidents, 0)).toThrow(/whole number of months/);
    expect(rollingMedians([])).toEqual([]);
  });

  it('sorts the scatter points oldest first, in minutes, by start-date day', () => {
    expect(durationPoints(incidents)).toEqual({
      days: [20098, 20134, 20179, 20269],
      timeToDetect: [10, 20, 40, 0],
      timeToMitigate: [30, 60, 120, 5],
    });
  });

  it('bins impact durations with the lower bound included', () => {
    const bins = impactHistogram([
      ...incidents, // impact 40, 80, 160, 5
      incident({ id: 'e', date: '2025-07-01', ttd: 2, ttm: 2.99 }),
      incident({ id: 'f', date: '2025-07-02', ttd: 1000, ttm: 440 }),
    ]);
    expect(Object.fromEntries(bins.map((bin) => [bin.label, bin.count]))).toEqual({
      'under 5 min': 1,
      '5–15 min': 1,
      '15–30 min': 0,
      '30–60 min': 1,
      '1–2 h': 1,
      '2–4 h': 1,
      '4–8 h': 0,
      '8–24 h': 0,
      '1 day or more': 1,
    });
  });
});
