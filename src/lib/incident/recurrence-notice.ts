/** The recurrence review's words, for `npm run check` and its GitHub notices. */
import { nameOf, type TaxonomyNames } from './archive.ts';
import type { RecurrenceLink, UnfinishedPromise } from './recurrence-links.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function promise(item: UnfinishedPromise): string {
  const state = item.status === 'in-progress' ? 'in progress' : 'open';
  return `"${item.title}" (owner ${item.owner}, due ${item.due}${item.overdue ? ', overdue' : ''}) is still ${state}`;
}

function where(link: RecurrenceLink, names: TaxonomyNames): string {
  if (link.sharedServices.length > 0) {
    const services = link.sharedServices.map((id) => nameOf(names.services, id));
    return `${link.sharedServices.length === 1 ? 'service' : 'services'} ${services.join(', ')}`;
  }
  const teams = link.sharedTeams.map((id) => nameOf(names.teams, id));
  return `${link.sharedTeams.length === 1 ? 'team' : 'teams'} ${teams.join(', ')}`;
}

/**
 * "Same cause as 2026-01-20-certificate-expiry-internal-mtls (43 days earlier,
 * also on service Payments API); its action item "…" (owner platform, due
 * 2026-02-15) is still open."
 */
export function recurrenceNotice(link: RecurrenceLink, names: TaxonomyNames): string {
  const { earlier, daysApart } = link;
  const when = `${plural(daysApart, 'day')} earlier, also on ${where(link, names)}`;
  const cause = link.sameCategory
    ? `Same cause as ${earlier.id} (${when})`
    : `Shares ${link.sharedCauses.map((id) => `"${nameOf(names.rootCauses, id)}"`).join(', ')} with ${earlier.id} (${when})`;
  const { unfinished } = link;
  if (unfinished.length === 0) return `${cause}; all its action items are finished.`;
  if (unfinished.length === 1) return `${cause}; its action item ${promise(unfinished[0]!)}.`;
  return `${cause}; ${unfinished.length} of its action items are unfinished: ${unfinished.map(promise).join('; ')}.`;
}
