/**
 * The insights tables and stat tiles as markup: rendered by the build
 * (src/components/insights/*.astro) and again by the filter script after the
 * reader narrows the scope, from this one description.
 */
import { classes, el, type Markup } from '../markup/element.ts';
import type { Stat, TableModel } from './view-types.ts';

/** Heat is drawn in this many shades, so each can carry a text colour that reads on it in both themes. */
export const HEAT_STEPS = 5;

/** The shade of a heat cell: 0 for none, else 1 to HEAT_STEPS. */
export function heatStep(heat: number): number {
  return heat > 0 ? Math.min(HEAT_STEPS, Math.max(1, Math.ceil(heat * HEAT_STEPS))) : 0;
}

/**
 * A table and the "how many more" line under a capped one; `name` is how the
 * filter script finds it. A table with a narrow form is followed by it, named
 * `<name>-narrow`; the style sheet shows one of the two by the panel's width.
 */
export function tableMarkup(name: string, model: TableModel): Markup[] {
  const tables = model.narrow
    ? [table(name, model, 'wide-form'), table(`${name}-narrow`, model.narrow, 'narrow-form')]
    : [table(name, model)];
  return model.more ? [...tables, el('p', { class: 'insights-more' }, model.more)] : tables;
}

function table(name: string, model: TableModel, form?: string): Markup {
  const columnFlags = (index: number) => ({ num: model.columns[index]?.numeric, nowrap: model.columns[index]?.nowrap });
  const columnClass = (index: number) => classes(columnFlags(index));
  const head = el(
    'tr',
    {},
    ...model.columns.map((column, index) => el('th', { scope: 'col', class: columnClass(index) }, column.label)),
  );
  const rows =
    model.rows.length === 0
      ? [el('tr', {}, el('td', { class: 'empty', colspan: String(model.columns.length) }, model.empty))]
      : model.rows.map((row) =>
          el(
            'tr',
            {},
            ...row.map((cell, index) =>
              el(
                index === 0 ? 'th' : 'td',
                {
                  scope: index === 0 ? 'row' : undefined,
                  class: classes({ ...columnFlags(index), heat: cell.heat !== undefined }),
                  'data-value': cell.value === undefined ? undefined : String(cell.value),
                  'data-heat': cell.heat === undefined ? undefined : String(heatStep(cell.heat)),
                  title: cell.title,
                },
                cell.href ? el('a', { href: cell.href }, cell.text) : cell.text,
              ),
            ),
          ),
        );
  return el(
    'table',
    { class: form ? `insights-table ${form}` : 'insights-table', 'data-table': name },
    el('caption', {}, model.caption),
    el('thead', {}, head),
    el('tbody', {}, ...rows),
  );
}

/** The "at a glance" tiles, the children of `<dl data-stats>`. */
export function statTilesMarkup(stats: readonly Stat[]): Markup[] {
  return stats.map((stat) =>
    el(
      'div',
      { class: 'insights-stat', 'data-stat': stat.key },
      el('dt', { 'data-part': 'label' }, stat.label),
      el(
        'dd',
        {},
        el('span', { class: 'insights-stat-value', 'data-part': 'value' }, stat.value),
        el('span', { class: 'insights-stat-detail', 'data-part': 'detail' }, stat.detail ?? ''),
      ),
    ),
  );
}
