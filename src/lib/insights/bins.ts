/** Counting values into fixed bins, for the insights' histograms. */

export interface Bin {
  label: string;
  count: number;
}

/**
 * How many values fall in each bin. `edges` are ascending bounds between the
 * bins: n edges make n + 1 bins, the first everything below edges[0], the
 * last everything from the last edge up; a value on an edge goes to the bin above it.
 */
export function binCounts(values: readonly number[], edges: readonly number[], labels: readonly string[]): Bin[] {
  if (labels.length !== edges.length + 1)
    throw new Error(`${edges.length} edges make ${edges.length + 1} bins, not ${labels.length}`);
  const counts = labels.map(() => 0);
  for (const value of values) {
    const above = edges.findIndex((edge) => value < edge);
    counts[above === -1 ? edges.length : above]! += 1;
  }
  return labels.map((label, index) => ({ label, count: counts[index]! }));
}
