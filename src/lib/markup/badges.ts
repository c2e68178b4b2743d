/** The small labels beside a title: severity, and status when not yet published. Markup for pages and scripts alike. */
import { labelOf, SEVERITY_MEANINGS, STATUS_LABELS } from '../../schema/vocabulary.ts';
import { el, type Markup } from './element.ts';

export function severityBadge(severity: string): Markup {
  const meaning = labelOf(SEVERITY_MEANINGS, severity);
  return el(
    'span',
    { class: `badge badge-${severity.toLowerCase()}`, title: `Severity ${severity} (${meaning})` },
    severity,
  );
}

/** Nothing for a published postmortem (the normal case), a badge otherwise. */
export function statusBadge(status: string): Markup[] {
  return status === 'published'
    ? []
    : [el('span', { class: `badge badge-status badge-${status}` }, labelOf(STATUS_LABELS, status))];
}
