/**
 * Chart.js (about 60 KB gzip) is fetched after the page has painted, so the
 * numbers and tables show first on a slow connection.
 */
let loading: Promise<typeof import('./draw.ts')> | undefined;

export function loadCharts(): Promise<typeof import('./draw.ts')> {
  loading ??= import('./draw.ts');
  return loading;
}
