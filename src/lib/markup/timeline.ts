/**
 * A postmortem's timeline rows as markup, for the page's `<ol>` (Timeline.astro).
 * One string per page instead of a dozen rendered elements per event: the
 * timeline is the page's longest repeated block, and at 10,000 postmortems its
 * rendering was a large share of the build.
 */
import { EVENT_KIND_LABELS, isMilestoneKind } from '../../schema/vocabulary.ts';
import type { TimelineEvent } from '../../schema/postmortem.ts';
import { utcLabel } from '../time/utc-label.ts';
import type { TimelineRow } from '../timeline-view.ts';
import { el, type Markup } from './element.ts';
import { inlineTextMarkup } from './inline-text.ts';

export function timelineRowMarkup(row: TimelineRow<TimelineEvent>, timeZone: string): Markup {
  const { event, time } = row;
  return el(
    'li',
    { class: `event kind-${event.kind}${isMilestoneKind(event.kind) ? ' milestone' : ''}`, 'data-kind': event.kind },
    ...(row.newDate ? [el('p', { class: 'event-date', 'data-pagefind-ignore': '' }, row.newDate)] : []),
    el(
      'div',
      { class: 'event-body' },
      el('span', { class: 'marker', 'aria-hidden': 'true' }),
      el(
        'p',
        { class: 'event-when', 'data-pagefind-ignore': '' },
        el('time', { datetime: time.iso, title: time.utc }, `${time.time} `, el('span', { class: 'zone' }, time.zone)),
        ...(row.sinceStart ? [el('span', { class: 'since' }, row.sinceStart)] : []),
        el('span', { class: 'event-utc', 'data-pagefind-ignore': 'all' }, utcLabel(new Date(event.at), timeZone)),
      ),
      el(
        'p',
        { class: 'event-kind', 'data-pagefind-ignore': '' },
        el(
          'span',
          { class: 'kind-label' },
          ...(event.kind === 'misleading' ? [el('span', { 'aria-hidden': 'true' }, '⚠ ')] : []),
          EVENT_KIND_LABELS[event.kind],
        ),
      ),
      el('p', { class: 'event-text' }, ...inlineTextMarkup(event.text)),
    ),
  );
}
