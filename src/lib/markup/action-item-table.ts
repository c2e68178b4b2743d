/**
 * A row of a postmortem's action items table as markup (ActionItemsTable.astro):
 * one string per table instead of a rendered element per cell. The cells carry
 * their column name for the card layout on phones.
 */
import { ACTION_STATUS_LABELS, ACTION_TYPE_LABELS } from '../../schema/vocabulary.ts';
import type { ActionItem } from '../../schema/postmortem.ts';
import { formatCalendarDate } from '../time/format.ts';
import { trackerMarkMarkup, type TrackerMark } from '../tracker/mark-markup.ts';
import { el, type Markup } from './element.ts';
import { inlineTextMarkup } from './inline-text.ts';

export interface ActionItemTableRow {
  item: ActionItem;
  overdue: boolean;
  /** The tracker's disagreement readers see, if any. */
  trackerMark?: TrackerMark;
}

/** Where the link points, without the scheme and host: "acme/payments/issues/12". */
const shortLink = (link: string) => link.replace(/^https?:\/\//, '').replace(/^[^/]+\//, '');

export function actionItemTableRowMarkup({ item, overdue, trackerMark }: ActionItemTableRow): Markup {
  return el(
    'tr',
    { class: `status-${item.status}${overdue ? ' overdue' : ''}` },
    el(
      'td',
      { class: 'title' },
      ...inlineTextMarkup(item.title),
      ...(trackerMark ? [trackerMarkMarkup(trackerMark)] : []),
    ),
    el('td', { 'data-pagefind-ignore': '', 'data-label': 'Owner' }, item.owner),
    el(
      'td',
      { class: 'due', 'data-pagefind-ignore': '', 'data-label': 'Due' },
      el('time', { datetime: item.due }, formatCalendarDate(item.due)),
      ...(overdue ? [el('span', { class: 'overdue-flag' }, 'Overdue')] : []),
    ),
    el(
      'td',
      { 'data-pagefind-ignore': '', 'data-label': 'Status' },
      el('span', { class: `action-status action-${item.status}` }, ACTION_STATUS_LABELS[item.status]),
    ),
    el('td', { 'data-pagefind-ignore': '', 'data-label': 'Type' }, ACTION_TYPE_LABELS[item.type]),
    el(
      'td',
      { class: 'tracking', 'data-pagefind-ignore': '', 'data-label': 'Tracking' },
      item.link
        ? el('a', { class: 'print-url', href: item.link, rel: 'noopener noreferrer' }, shortLink(item.link))
        : el('span', { class: 'muted' }, '—'),
    ),
  );
}
