/**
 * One row of the postmortem table as markup: rendered by the build
 * (IncidentTable.astro) and by the index's filter script for the rows it loads.
 */
import { severityBadge, statusBadge } from '../markup/badges.ts';
import { el, type Markup } from '../markup/element.ts';
import { formatDuration, MINUTE } from '../time/duration.ts';
import { formatCalendarDate } from '../time/format.ts';
import type { IndexRow } from './index-row.ts';

/** `serviceNames`: service id -> name; an id without one is shown as itself. */
export function indexRowMarkup(row: IndexRow, serviceNames: Readonly<Record<string, string>>): Markup {
  const serviceName = (id: string) => (Object.hasOwn(serviceNames, id) ? serviceNames[id]! : id);
  return el(
    'tr',
    { 'data-id': row.id, 'data-status': row.status },
    el('td', { class: 'date' }, el('time', { datetime: row.date }, formatCalendarDate(row.date))),
    el('td', {}, severityBadge(row.severity)),
    el(
      'td',
      { class: 'title' },
      el('a', { href: row.url }, row.title),
      ' ',
      ...statusBadge(row.status),
      el('span', { class: 'summary' }, row.summary),
    ),
    el('td', { class: 'services' }, row.services.map(serviceName).join(', ')),
    el('td', { class: 'num', 'data-duration': 'ttd' }, formatDuration(row.ttdMinutes * MINUTE)),
    el('td', { class: 'num', 'data-duration': 'ttm' }, formatDuration(row.ttmMinutes * MINUTE)),
    el('td', { class: 'num', 'data-duration': 'impact' }, formatDuration(row.impactMinutes * MINUTE)),
  );
}
