/**
 * Percentiles by one method everywhere: linear interpolation between the two
 * closest ranks (Hyndman & Fan type 7, the method of Excel's PERCENTILE.INC,
 * NumPy's default and R's default). For n sorted values x[0..n-1], the p-th
 * percentile sits at rank h = (n - 1) * p and is x[⌊h⌋] + (h - ⌊h⌋) * (x[⌊h⌋+1] - x[⌊h⌋]).
 * The median is the 50th percentile, so an even count averages the middle two.
 */

/** The p-th percentile (0 ≤ p ≤ 1) of the values, or undefined when there are none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile must be between 0 and 1, got ${p}`);
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const lower = Math.floor(rank);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower]! + (rank - lower) * (sorted[upper]! - sorted[lower]!);
}

export function median(values: readonly number[]): number | undefined {
  return percentile(values, 0.5);
}

/** How a skewed set of durations is summarised: never by its mean. */
export interface Distribution {
  count: number;
  median?: number;
  p90?: number;
  min?: number;
  max?: number;
}

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { count: 0 };
  return {
    count: values.length,
    median: percentile(values, 0.5),
    p90: percentile(values, 0.9),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}
