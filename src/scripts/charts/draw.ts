/**
 * Draws every chart under a root from its `data-chart` specification, and
 * draws it again when the specification or the colour scheme changes.
 */
import type { ChartSpec } from '../../lib/insights/view-types.ts';
import { chartConfig } from './config.ts';
import { Chart } from './register.ts';
import { onThemeChange, readTheme } from './theme.ts';

function draw(frame: HTMLElement): void {
  const canvas = frame.querySelector('canvas');
  const json = frame.dataset.chart;
  if (!canvas || !json) return;
  const spec = JSON.parse(json) as ChartSpec;
  // Ranked bars need room for every label; set here, as a page under a strict CSP has no style attributes.
  frame.style.height = spec.horizontal ? `${Math.max(18, (spec.labels?.length ?? 0) * 2.1 + 6.5)}rem` : '';
  // A new chart rather than an update: the theme, the scale or the series may all have changed.
  Chart.getChart(canvas)?.destroy();
  new Chart(canvas, chartConfig(spec, readTheme(frame)));
  frame.dataset.drawn = 'true';
}

// Charts are drawn as they come near the viewport: drawing all of them at load
// would block the main thread for hundreds of milliseconds on a phone.
const nearViewport = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearViewport.unobserve(entry.target);
      draw(entry.target as HTMLElement);
    }
  },
  { rootMargin: '300px 0px' },
);

/** (Re)draws the charts under `root` that are drawn already; the others are drawn when scrolled near. */
export function drawCharts(root: ParentNode = document): void {
  for (const frame of root.querySelectorAll<HTMLElement>('[data-chart]')) {
    if (frame.dataset.drawn) draw(frame);
    else nearViewport.observe(frame);
  }
}

/** Draws every chart now, e.g. before printing. */
function drawAllCharts(): void {
  for (const frame of document.querySelectorAll<HTMLElement>('[data-chart]')) {
    if (frame.dataset.drawn) continue;
    nearViewport.unobserve(frame);
    draw(frame);
  }
}

let watching = false;

/** Draws every chart on the page and keeps them in step with the theme and the printer. */
export function startCharts(): void {
  drawCharts(document);
  if (watching) return;
  watching = true;
  onThemeChange(() => drawCharts(document));
  // Labels are measured and wrapped in the page's font: draw again once a web font has arrived.
  if (document.fonts.status !== 'loaded') void document.fonts.ready.then(() => drawCharts(document));

  // Printing lays the page out at paper width; charts must resize to it, and the
  // tables behind them are opened so the numbers print too.
  const opened: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    drawAllCharts();
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details.insights-data:not([open])')) {
      details.open = true;
      opened.push(details);
    }
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-chart] canvas'))
      Chart.getChart(canvas)?.resize();
  });
  window.addEventListener('afterprint', () => {
    for (const details of opened.splice(0)) details.open = false;
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('[data-chart] canvas'))
      Chart.getChart(canvas)?.resize();
  });
}
