/**
 * One row of the /action-items/ table as markup: rendered by the build
 * (ActionItemsIndex.astro) and by the filter script for the rows it loads.
 */
import { el, type Markup } from '../markup/element.ts';
import { inlineTextMarkup } from '../markup/inline-text.ts';
import { formatCalendarDate } from '../time/format.ts';
import { ACTION_STATUS_LABELS, ACTION_TYPE_LABELS, labelOf } from '../../schema/vocabulary.ts';
import { trackerMarkMarkup } from '../tracker/mark-markup.ts';
import type { ActionItemList, ActionItemRow } from './action-item-list.ts';

type ListedIncident = ActionItemList['incidents'][number];

export function actionItemRowMarkup(item: ActionItemRow, incident: ListedIncident): Markup {
  const title = inlineTextMarkup(item.title);
  return el(
    'tr',
    {
      'data-status': item.status,
      'data-owner': item.owner,
      'data-type': item.type,
      'data-overdue': String(item.overdue),
    },
    el(
      'td',
      { class: 'title' },
      ...(item.link ? [el('a', { href: item.link, rel: 'noopener noreferrer' }, ...title)] : title),
      ...(item.tracker ? [trackerMarkMarkup(item.tracker)] : []),
    ),
    el('td', { class: 'owner' }, item.owner),
    el(
      'td',
      { class: 'due' },
      el('time', { datetime: item.due }, formatCalendarDate(item.due)),
      ...(item.overdue ? [el('span', { class: 'overdue-flag' }, 'Overdue')] : []),
    ),
    el(
      'td',
      {},
      el('span', { class: `action-status status-${item.status}` }, labelOf(ACTION_STATUS_LABELS, item.status)),
    ),
    el('td', { class: 'type' }, labelOf(ACTION_TYPE_LABELS, item.type)),
    el(
      'td',
      { class: 'source' },
      el('a', { href: incident.url }, incident.title),
      el('time', { datetime: incident.started }, formatCalendarDate(incident.started)),
    ),
  );
}

/** The rows of `items`, each with the incident it came from. */
export const actionItemRowsMarkup = (
  items: readonly ActionItemRow[],
  incidents: ActionItemList['incidents'],
): Markup[] => items.map((item) => actionItemRowMarkup(item, incidents[item.incident]!));
