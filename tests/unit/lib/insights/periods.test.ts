import { describe, expect, it } from 'vitest';
import {
  isFutureQuarter,
  isPartialMonth,
  isPartialQuarter,
  monthHeading,
  monthStatus,
  quarterHeading,
  quarterStatus,
} from '../../../../src/lib/insights/periods.ts';

describe('partial and future periods', () => {
  const today = '2026-11-27';

  it('marks the quarter holding today as partial, with the day it runs to', () => {
    expect(quarterStatus('2026-Q3', today)).toBe('complete');
    expect(quarterStatus('2026-Q4', today)).toBe('partial');
    expect(quarterStatus('2027-Q1', today)).toBe('future');
    expect(isPartialQuarter('2026-Q4', today)).toBe(true);
    expect(isPartialQuarter('2026-Q3', today)).toBe(false);
    expect(isFutureQuarter('2027-Q1', today)).toBe(true);
    expect(quarterHeading('2026-Q3', today)).toBe('2026 Q3');
    expect(quarterHeading('2026-Q4', today)).toBe('2026 Q4 (to 27 Nov)');
    expect(quarterHeading('2027-Q1', today)).toBe('2027 Q1 (not yet begun)');
  });

  it('counts a period as partial on its first and its last day', () => {
    expect(quarterStatus('2026-Q4', '2026-10-01')).toBe('partial');
    expect(quarterStatus('2026-Q4', '2026-12-31')).toBe('partial');
    expect(quarterHeading('2026-Q4', '2026-12-31')).toBe('2026 Q4 (to 31 Dec)');
    expect(quarterStatus('2026-Q4', '2027-01-01')).toBe('complete');
    expect(quarterStatus('2026-Q4', '2026-09-30')).toBe('future');
  });

  it('does the same for months', () => {
    expect(monthStatus('2026-10', today)).toBe('complete');
    expect(isPartialMonth('2026-11', today)).toBe(true);
    expect(isPartialMonth('2026-10', today)).toBe(false);
    expect(monthHeading('2026-10', today)).toBe('Oct 2026');
    expect(monthHeading('2026-11', today)).toBe('Nov 2026 (to 27 Nov)');
    expect(monthHeading('2026-12', today)).toBe('Dec 2026 (not yet begun)');
    expect(monthHeading('2024-02', '2024-02-29')).toBe('Feb 2024 (to 29 Feb)');
  });
});
