/**
 * Puts a recomputed insights view into the panels rendered by
 * src/components/insights/*.astro. Tables and stat tiles come from the same
 * markup the build rendered (src/lib/insights/view-markup.ts).
 */
import { statTilesMarkup, tableMarkup } from '../lib/insights/view-markup.ts';
import { PANEL_KEYS, type InsightsView, type TableModel } from '../lib/insights/view-types.ts';
import { toDomList } from '../lib/markup/to-dom.ts';
import { loadCharts } from './charts/lazy.ts';

function renderTable(scope: ParentNode, name: string, model: TableModel): void {
  scope.querySelector(`[data-table-wrap="${name}"]`)?.replaceChildren(...toDomList(tableMarkup(name, model), document));
}

function setText(scope: ParentNode, selector: string, text: string | undefined): void {
  const node = scope.querySelector(selector);
  if (node) node.textContent = text ?? '';
}

/** Replaces the numbers, tables and charts of the panels under `root` with `view`'s. */
export function renderView(root: HTMLElement, view: InsightsView): void {
  root.querySelector('[data-stats]')?.replaceChildren(...toDomList(statTilesMarkup(view.stats), document));
  renderTable(root, 'comparison', view.comparison);
  for (const key of PANEL_KEYS) {
    const section = root.querySelector<HTMLElement>(`[data-panel="${key}"]`);
    if (!section) continue;
    const panel = view.panels[key];
    section.hidden = panel.hidden ?? false;
    setText(section, '[data-part="title"]', panel.title);
    setText(section, '[data-part="description"]', panel.description);
    const frame = section.querySelector<HTMLElement>('[data-chart]');
    if (frame && panel.chart) {
      frame.dataset.chart = JSON.stringify(panel.chart);
      frame.querySelector('canvas')?.setAttribute('aria-label', panel.summary);
    }
    renderTable(section, key, panel.table);
  }
  void loadCharts().then((charts) => charts.drawCharts(root));
}
