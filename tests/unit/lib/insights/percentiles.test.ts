import { describe, expect, it } from 'vitest';
import { distribution, median, MIN_SAMPLE, percentile } from '../../../../src/lib/insights/percentiles.ts';

describe('percentiles (linear interpolation between closest ranks)', () => {
  it('has no value for no data, and the only value for one', () => {
    expect(percentile([], 0.5)).toBeUndefined();
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 0.9)).toBe(7);
  });

  it('takes the median of an odd count as the middle value, of an even count as the mean of the middle two', () => {
    expect(median([3, 1, 5, 4, 2])).toBe(3);
    expect(median([4, 1, 3, 2, 6, 5])).toBe(3.5);
  });

  it('reports no median below five values and no p90 below ten', () => {
    expect(MIN_SAMPLE).toEqual({ median: 5, p90: 10 });
    expect(median([1, 2, 3, 4])).toBeUndefined();
    expect(distribution([1, 2, 3, 4])).toEqual({ count: 4, median: undefined, p90: undefined, min: 1, max: 4 });
    // Nine values: a median (the fifth, 5) but no p90.
    expect(distribution([9, 8, 7, 6, 5, 4, 3, 2, 1])).toMatchObject({ count: 9, median: 5, p90: undefined });
    // Ten: p90 at rank 8.1, so 9.1.
    expect(distribution([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]).p90).toBeCloseTo(9.1, 10);
  });

  it('interpolates between ranks: p90 of 1..10 sits at rank 8.1, so 9.1', () => {
    expect(percentile([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 0.9)).toBeCloseTo(9.1, 10);
  });

  it('lets one long incident pull p90 but not the median', () => {
    // Rank 3.6 lies between 40 and 1000: 40 + 0.6 × 960 = 616.
    expect(percentile([10, 20, 30, 40, 1000], 0.9)).toBeCloseTo(616, 10);
    expect(median([10, 20, 30, 40, 1000])).toBe(30);
  });

  it('gives the minimum at 0 and the maximum at 1', () => {
    expect(percentile([5, 3, 9], 0)).toBe(3);
    expect(percentile([5, 3, 9], 1)).toBe(9);
  });

  it('refuses a percentile outside 0..1', () => {
    expect(() => percentile([1], 90)).toThrow(/between 0 and 1, got 90/);
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('summarises a distribution without changing its input', () => {
    const values = [30, 10, 20, 100, 90, 80, 70, 60, 50, 40];
    // Ranks: median at 4.5 -> 55; p90 at 8.1 -> 90 + 0.1 × 10 = 91.
    expect(distribution(values)).toEqual({ count: 10, median: 55, p90: 91, min: 10, max: 100 });
    expect(values).toEqual([30, 10, 20, 100, 90, 80, 70, 60, 50, 40]);
    expect(distribution([])).toEqual({ count: 0 });
  });
});
