import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  byMonth,
  byQuarter,
  compareDates,
  dateOfDay,
  dayMonthLabel,
  dayNumber,
  daysBetween,
  firstDayOfQuarter,
  isoDate,
  lastDayOfMonth,
  lastDayOfQuarter,
  monthLabel,
  monthOf,
  monthRange,
  quarterLabel,
  quarterOf,
  quarterRange,
} from '../../../../src/lib/time/calendar.ts';

describe('calendar dates', () => {
  it('numbers days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dateOfDay(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2025-02-27', 3)).toBe('2025-03-02');
    expect(addDays('2024-02-27', 3)).toBe('2024-03-01');
    expect(addDays('2026-01-01', -89)).toBe('2025-10-04');
  });

  it('counts whole days between dates', () => {
    expect(daysBetween('2026-01-20', '2026-03-04')).toBe(43);
    expect(daysBetween('2025-03-04', '2025-03-01')).toBe(-3);
  });

  it('adds months, keeping to the last day of shorter months', () => {
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2026-01-01', -12)).toBe('2025-01-01');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });

  it('names months and quarters', () => {
    expect(monthOf('2025-02-27')).toBe('2025-02');
    expect(monthLabel('2025-02')).toBe('Feb 2025');
    expect(quarterOf('2025-03-31')).toBe('2025-Q1');
    expect(quarterOf('2025-04-01')).toBe('2025-Q2');
    expect(quarterOf('2025-12-31')).toBe('2025-Q4');
    expect(quarterLabel('2025-Q4')).toBe('2025 Q4');
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2025-12')).toBe('2025-12-31');
  });

  it('lists every month and quarter of a range, across years', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(quarterRange('2024-Q4', '2025-Q2')).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
    expect(quarterRange('2025-Q3', '2025-Q3')).toEqual(['2025-Q3']);
  });

  it('gives the first and last day of a quarter, and a day without its year', () => {
    expect(firstDayOfQuarter('2025-Q3')).toBe('2025-07-01');
    expect(lastDayOfQuarter('2025-Q3')).toBe('2025-09-30');
    expect(lastDayOfQuarter('2024-Q1')).toBe('2024-03-31');
    expect(lastDayOfQuarter('2026-Q4')).toBe('2026-12-31');
    expect(dayMonthLabel('2026-11-07')).toBe('7 Nov');
  });

  it('buckets items by quarter and month, empty buckets included', () => {
    const dates = ['2025-01-10', '2025-08-01', '2025-02-20'];
    expect(byQuarter(dates, (date) => date)).toEqual([
      { quarter: '2025-Q1', items: ['2025-01-10', '2025-02-20'] },
      { quarter: '2025-Q2', items: [] },
      { quarter: '2025-Q3', items: ['2025-08-01'] },
    ]);
    expect(byMonth(['2025-03-05', '2025-01-31'], (date) => date).map((bucket) => bucket.month)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
    expect(byQuarter([], (date: string) => date)).toEqual([]);
  });

  it('writes dates held as numbers as YYYY-MM-DD, and orders them', () => {
    expect(isoDate({ year: 2025, month: 3, day: 1 })).toBe('2025-03-01');
    expect(compareDates({ year: 2025, month: 3, day: 1 }, { year: 2025, month: 2, day: 28 })).toBeGreaterThan(0);
    expect(compareDates({ year: 2024, month: 12, day: 31 }, { year: 2025, month: 1, day: 1 })).toBeLessThan(0);
    expect(compareDates({ year: 2025, month: 3, day: 1 }, { year: 2025, month: 3, day: 1 })).toBe(0);
  });
});
