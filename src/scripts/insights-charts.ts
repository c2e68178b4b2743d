/** Loaded by the insights panels: draws their charts once the page is idle. */
import { loadCharts } from './charts/lazy.ts';

const start = () => void loadCharts().then((charts) => charts.startCharts());
if (document.querySelector('[data-chart]')) {
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 1000 });
  else setTimeout(start, 0);
}
