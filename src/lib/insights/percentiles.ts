/**
 * Percentiles by one method everywhere: linear interpolation between the two
 * closest ranks (Hyndman & Fan type 7, the method of Excel's PERCENTILE.INC,
 * NumPy's default and R's default). For n sorted values x[0..n-1], the p-th
 * percentile sits at rank h = (n - 1) * p and is x[⌊h⌋] + (h - ⌊h⌋) * (x[⌊h⌋+1] - x[⌊h⌋]).
 * The median is the 50th percentile, so an even count averages the middle two.
 *
 * A percentile of a handful of incidents is not a statistic: the median needs
 * MIN_SAMPLE.median values and the p90 MIN_SAMPLE.p90 (below ten, the p90 is
 * the largest value or next to it). With fewer, `median` and `distribution`
 * report nothing and the pages say "too few incidents" beside the n.
 */

/** Fewest values each reported statistic is computed from. */
export const MIN_SAMPLE = { median: 5, p90: 10 } as const;
export type ReportedStatistic = keyof typeof MIN_SAMPLE;

/** Whether `count` values are enough to report the statistic. */
export function enoughFor(statistic: ReportedStatistic, count: number): boolean {
  return count >= MIN_SAMPLE[statistic];
}

/** The p-th percentile (0 ≤ p ≤ 1) of the values, or undefined when there are none; no minimum sample. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile must be between 0 and 1, got ${p}`);
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const lower = Math.floor(rank);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower]! + (rank - lower) * (sorted[upper]! - sorted[lower]!);
}

/** The median, or undefined with fewer than MIN_SAMPLE.median values. */
export function median(values: readonly number[]): number | undefined {
  return enoughFor('median', values.length) ? percentile(values, 0.5) : undefined;
}

/** How a skewed set of durations is summarised: never by its mean. */
export interface Distribution {
  count: number;
  /** Undefined with fewer than MIN_SAMPLE.median values. */
  median?: number;
  /** Undefined with fewer than MIN_SAMPLE.p90 values. */
  p90?: number;
  min?: number;
  max?: number;
}

export function distribution(values: readonly number[]): Distribution {
  if (values.length === 0) return { count: 0 };
  return {
    count: values.length,
    median: enoughFor('median', values.length) ? percentile(values, 0.5) : undefined,
    p90: enoughFor('p90', values.length) ? percentile(values, 0.9) : undefined,
    min: Math.min(...values),
    max: Math.max(...values),
  };
}
