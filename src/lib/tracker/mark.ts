/** The mark readers see where an action item and its tracker disagree (src/lib/tracker/mark-markup.ts draws it). */
import { formatCalendarDate } from '../time/format.ts';
import { disagreementText, SHOWN_ON_PAGES, syncedOn, type TrackerDisagreement } from './disagreements.ts';
import type { TrackerMark } from './mark-markup.ts';

/** The mark for a disagreement readers should see, or undefined (none, or one only authors need). */
export function trackerMarkOf(disagreement: TrackerDisagreement | undefined): TrackerMark | undefined {
  if (!disagreement || !SHOWN_ON_PAGES.has(disagreement.kind)) return undefined;
  const text = disagreementText(disagreement);
  const synced = syncedOn(disagreement);
  return {
    kind: disagreement.kind,
    text: text.charAt(0).toUpperCase() + text.slice(1),
    ...(synced && { asOf: `synced ${formatCalendarDate(synced)}` }),
  };
}
