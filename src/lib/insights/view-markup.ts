/**
 * The insights tables and stat tiles as markup: rendered by the build
 * (src/components/insights/*.astro) and again by the filter script after the
 * reader narrows the scope, from this one description.
 */
import { classes, el, type Markup } from '../markup/element.ts';
import type { Stat, TableModel } from './view-types.ts';

/** A table and the "how many more" line under a capped one; `name` is how the filter script finds it. */
export function tableMarkup(name: string, model: TableModel): Markup[] {
  const columnClass = (index: number) =>
    classes({ num: model.columns[index]?.numeric, nowrap: model.columns[index]?.nowrap });
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
                  class: columnClass(index),
                  'data-value': cell.value === undefined ? undefined : String(cell.value),
                  title: cell.title,
                },
                cell.href ? el('a', { href: cell.href }, cell.text) : cell.text,
              ),
            ),
          ),
        );
  const table = el(
    'table',
    { class: 'insights-table', 'data-table': name },
    el('caption', {}, model.caption),
    el('thead', {}, head),
    el('tbody', {}, ...rows),
  );
  return model.more ? [table, el('p', { class: 'insights-more' }, model.more)] : [table];
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
