/**
 * Puts a recomputed insights view into the panels rendered by
 * src/components/insights/*.astro, element for element as the build renders them.
 */
import { PANEL_KEYS, type InsightsView, type TableModel } from '../lib/insights/view-types.ts';
import { loadCharts } from './charts/lazy.ts';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | undefined> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The same table as DataTable.astro. */
function tableNodes(name: string, model: TableModel): Node[] {
  const classes = (index: number) => {
    const column = model.columns[index];
    return [column?.numeric && 'num', column?.nowrap && 'nowrap'].filter(Boolean).join(' ') || undefined;
  };
  const head = element(
    'tr',
    {},
    ...model.columns.map((column, index) => element('th', { scope: 'col', class: classes(index) }, column.label)),
  );
  const rows = model.rows.length
    ? model.rows.map((row) =>
        element(
          'tr',
          {},
          ...row.map((cell, index) =>
            element(
              index === 0 ? 'th' : 'td',
              {
                scope: index === 0 ? 'row' : undefined,
                class: classes(index),
                'data-value': cell.value === undefined ? undefined : String(cell.value),
                title: cell.title,
              },
              cell.href ? element('a', { href: cell.href }, cell.text) : cell.text,
            ),
          ),
        ),
      )
    : [element('tr', {}, element('td', { class: 'empty', colspan: String(model.columns.length) }, model.empty))];
  const table = element(
    'table',
    { class: 'insights-table', 'data-table': name },
    element('caption', {}, model.caption),
    element('thead', {}, head),
    element('tbody', {}, ...rows),
  );
  return model.more ? [table, element('p', { class: 'insights-more' }, model.more)] : [table];
}

function renderTable(scope: ParentNode, name: string, model: TableModel): void {
  scope.querySelector(`[data-table-wrap="${name}"]`)?.replaceChildren(...tableNodes(name, model));
}

function setText(scope: ParentNode, selector: string, text: string | undefined): void {
  const node = scope.querySelector(selector);
  if (node) node.textContent = text ?? '';
}

/** Replaces the numbers, tables and charts of the panels under `root` with `view`'s. */
export function renderView(root: HTMLElement, view: InsightsView): void {
  for (const stat of view.stats) {
    const tile = root.querySelector(`[data-stat="${stat.key}"]`);
    if (!tile) continue;
    setText(tile, '[data-part="label"]', stat.label);
    setText(tile, '[data-part="value"]', stat.value);
    setText(tile, '[data-part="detail"]', stat.detail);
  }
  renderTable(root, 'comparison', view.comparison);
  for (const key of PANEL_KEYS) {
    const section = root.querySelector<HTMLElement>(`[data-panel="${key}"]`);
    if (!section) continue;
    const panel = view.panels[key];
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
