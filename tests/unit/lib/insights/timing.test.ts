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
  it('summarises TTD, TTM and impact in minutes, with a median from 5 incidents and a p90 from 10', () => {
    // Ten incidents: TTD 1..10 minutes, TTM ten times as long, impact the sum of both.
    const ten = Array.from({ length: 10 }, (_, index) =>
      incident({
        id: `t${index}`,
        date: `2025-03-${String(index + 1).padStart(2, '0')}`,
        ttd: index + 1,
        ttm: (index + 1) * 10,
      }),
    );
    const summary = timingSummary(ten);
    expect(summary.count).toBe(10);
    // Median of 1..10: (5 + 6) / 2 = 5.5; p90 at rank 9 × 0.9 = 8.1: 9 + 0.1 × (10 − 9) = 9.1.
    expect(summary.timeToDetect.median).toBe(5.5);
    expect(summary.timeToDetect.p90).toBeCloseTo(9.1, 10);
    // Impact 11, 22, ..., 110: median (55 + 66) / 2 = 60.5; p90 99 + 0.1 × 11 = 100.1.
    expect(summary.impactDuration.median).toBe(60.5);
    expect(summary.impactDuration.p90).toBeCloseTo(100.1, 10);
  });

  it('has no median below 5 incidents and no p90 below 10, but keeps the count and range', () => {
    const four = timingSummary(incidents);
    expect(four.count).toBe(4);
    expect(four.timeToDetect).toEqual({ count: 4, median: undefined, p90: undefined, min: 0, max: 40 });
    // Five: TTD 0, 1, 10, 20, 40: median 10, still no p90.
    const five = timingSummary([...incidents, incident({ id: 'e', date: '2025-07-01', ttd: 1 })]);
    expect(five.timeToDetect.median).toBe(10);
    expect(five.timeToDetect.p90).toBeUndefined();
  });

  it('gives median and p90 per quarter where a quarter has enough incidents, empty quarters included', () => {
    const q1 = Array.from({ length: 10 }, (_, index) =>
      incident({
        id: `q1-${index}`,
        date: `2025-02-${String(index + 1).padStart(2, '0')}`,
        ttd: index + 1,
        ttm: (index + 1) * 10,
      }),
    );
    const q2 = [
      incident({ id: 'q2-a', date: '2025-04-01', ttd: 0, ttm: 5 }),
      incident({ id: 'q2-b', date: '2025-04-02', ttd: 10, ttm: 30 }),
      incident({ id: 'q2-c', date: '2025-05-01', ttd: 20, ttm: 60 }),
      incident({ id: 'q2-d', date: '2025-06-01', ttd: 40, ttm: 120 }),
      incident({ id: 'q2-e', date: '2025-06-30', ttd: 30, ttm: 90 }),
    ];
    const q4 = [incident({ id: 'q4', date: '2025-10-01', ttd: 1, ttm: 1 })];
    const quarters = timingByQuarter([...q4, ...q2, ...q1]);
    expect(quarters.map((quarter) => [quarter.quarter, quarter.count])).toEqual([
      ['2025-Q1', 10],
      ['2025-Q2', 5],
      ['2025-Q3', 0],
      ['2025-Q4', 1],
    ]);
    const [first, second, third, fourth] = quarters;
    // Q1: TTD 1..10: median 5.5, p90 9.1; TTM 10..100: median 55, p90 91.
    expect(first!.timeToDetect.median).toBe(5.5);
    expect(first!.timeToDetect.p90).toBeCloseTo(9.1, 10);
    expect(first!.timeToMitigate.median).toBe(55);
    expect(first!.timeToMitigate.p90).toBeCloseTo(91, 10);
    // Q2: TTD 0, 10, 20, 30, 40: median 20; five incidents are too few for a p90.
    expect(second!.timeToDetect.median).toBe(20);
    expect(second!.timeToDetect.p90).toBeUndefined();
    // TTM 5, 30, 60, 90, 120: median 60.
    expect(second!.timeToMitigate.median).toBe(60);
    expect(third).toMatchObject({ count: 0, timeToDetect: { count: 0 } });
    expect(fourth!.timeToDetect).toMatchObject({ count: 1, median: undefined, p90: undefined });
  });

  it('takes rolling medians over the month and the five before it, with a gap below 5 incidents', () => {
    const spread = [
      incident({ id: 'jan-1', date: '2025-01-10', ttd: 10, ttm: 30 }),
      incident({ id: 'jan-2', date: '2025-01-20', ttd: 20, ttm: 60 }),
      incident({ id: 'feb', date: '2025-02-15', ttd: 40, ttm: 120 }),
      incident({ id: 'apr-1', date: '2025-04-01', ttd: 0, ttm: 5 }),
      incident({ id: 'apr-2', date: '2025-04-30', ttd: 30, ttm: 90 }),
      incident({ id: 'may', date: '2025-05-05', ttd: 50, ttm: 150 }),
      incident({ id: 'jul', date: '2025-07-07', ttd: 5, ttm: 15 }),
      incident({ id: 'oct', date: '2025-10-10', ttd: 60, ttm: 180 }),
    ];
    const rows = rollingMedians(spread);
    expect(rows.map((row) => [row.month, row.count, row.windowCount, row.timeToDetect, row.timeToMitigate])).toEqual([
      ['2025-01', 2, 2, undefined, undefined],
      ['2025-02', 1, 3, undefined, undefined],
      ['2025-03', 0, 3, undefined, undefined],
      // Jan to Apr, five incidents: TTD 0, 10, 20, 30, 40 -> 20; TTM 5, 30, 60, 90, 120 -> 60.
      ['2025-04', 2, 5, 20, 60],
      // Jan to May, six: TTD 0, 10, 20, 30, 40, 50 -> (20 + 30) / 2 = 25; TTM 5 ... 150 -> (60 + 90) / 2 = 75.
      ['2025-05', 1, 6, 25, 75],
      ['2025-06', 0, 6, 25, 75],
      // Feb to Jul, five: TTD 0, 5, 30, 40, 50 -> 30; TTM 5, 15, 90, 120, 150 -> 90.
      ['2025-07', 1, 5, 30, 90],
      // Mar to Aug holds four (Apr ×2, May, Jul): too few, a gap.
      ['2025-08', 0, 4, undefined, undefined],
      ['2025-09', 0, 4, undefined, undefined],
      ['2025-10', 1, 3, undefined, undefined],
    ]);
    // A 3-month window over the same incidents never holds five.
    expect(rollingMedians(spread, 3).every((row) => row.timeToDetect === undefined)).toBe(true);
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
