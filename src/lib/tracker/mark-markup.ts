/**
 * The mark a page shows on an action item its tracker disagrees with, as
 * plain data (it travels to the browser with the /action-items/ rows) and as
 * markup, drawn by the build and by the filter script alike. Made from a
 * disagreement by mark.ts.
 */
import { el, type Markup } from '../markup/element.ts';
import type { TrackerDisagreement } from './disagreements.ts';

export interface TrackerMark {
  kind: TrackerDisagreement['kind'];
  /** "Tracker says closed on 12 Mar 2026; postmortem says open". */
  text: string;
  /** "synced 28 Nov 2026": how old the tracker's answer is. */
  asOf?: string;
}

export function trackerMarkMarkup(mark: TrackerMark): Markup {
  return el(
    'span',
    // A page's state, not what the postmortem says: kept out of the search index.
    { class: 'tracker-mark', 'data-tracker-mark': mark.kind, 'data-pagefind-ignore': '' },
    mark.text,
    ...(mark.asOf ? [' ', el('span', { class: 'tracker-mark-as-of' }, `(${mark.asOf})`)] : []),
  );
}
