/**
 * Where a postmortem's action item and its tracker disagree. Pure: the
 * tracker's answers come from content/tracker-state.json, read elsewhere.
 */
import type { ActionItem } from '../../schema/postmortem.ts';
import type { TrackerAnswer, TrackerState } from '../../schema/tracker-state.ts';
import { ACTION_STATUS_LABELS } from '../../schema/vocabulary.ts';
import { daysBetween } from '../time/calendar.ts';
import { formatCalendarDate } from '../time/format.ts';
import { readTrackerLink } from './links.ts';

/** Closing dates this many days apart or fewer agree: a UTC instant and a local date can be a day apart. */
export const CLOSED_DATE_TOLERANCE_DAYS = 1;

export type TrackerDisagreement =
  /** The postmortem says done or won't do; the ticket is still open. */
  | { kind: 'tracker-open'; link: string; status: ActionItem['status']; answer: TrackerAnswer }
  /** The postmortem says open or in progress; the ticket was closed. */
  | { kind: 'tracker-closed'; link: string; status: ActionItem['status']; answer: TrackerAnswer }
  /** Both closed, on dates more than CLOSED_DATE_TOLERANCE_DAYS apart. */
  | { kind: 'closed-date'; link: string; closed: string; trackerClosed: string; answer: TrackerAnswer }
  /** On a tracker's site, but not a ticket it can answer for. */
  | { kind: 'not-syncable'; link: string; reason: string }
  /** A ticket link with no answer stored (never synced, or the tracker could not find it). */
  | { kind: 'unsynced'; link: string };

/** The disagreements readers see on the pages; the other two are for authors, in `npm run check`. */
export const SHOWN_ON_PAGES: ReadonlySet<TrackerDisagreement['kind']> = new Set([
  'tracker-open',
  'tracker-closed',
  'closed-date',
]);

const FINISHED = new Set<string>(['done', 'wont-do']);

/** YYYY-MM-DD, UTC, of an ISO 8601 instant. */
export const utcDateOf = (instant: string): string => new Date(instant).toISOString().slice(0, 10);

/** Answers by link, for looking items up. */
export function answersByLink(state: TrackerState | undefined): ReadonlyMap<string, TrackerAnswer> {
  return new Map((state?.items ?? []).map((answer) => [answer.link, answer]));
}

/**
 * How one action item disagrees with its tracker, or undefined when it agrees,
 * has no link, or links somewhere that is not a tracker. Without a state file
 * (undefined) nothing was ever synced, so nothing is said.
 */
export function trackerDisagreement(
  item: Pick<ActionItem, 'status' | 'closed' | 'link'>,
  state: TrackerState | undefined,
  answers: ReadonlyMap<string, TrackerAnswer> = answersByLink(state),
): TrackerDisagreement | undefined {
  const { link } = item;
  if (!link || !state) return undefined;
  const reading = readTrackerLink(link, state.jiraUrl);
  if (!reading) return undefined;
  if (!reading.syncable) return { kind: 'not-syncable', link, reason: reading.reason };
  const answer = answers.get(link);
  if (!answer) return { kind: 'unsynced', link };
  const finished = FINISHED.has(item.status);
  if (finished && answer.state === 'open') return { kind: 'tracker-open', link, status: item.status, answer };
  if (!finished && answer.state === 'closed') return { kind: 'tracker-closed', link, status: item.status, answer };
  if (finished && item.closed && answer.closedAt) {
    const trackerClosed = utcDateOf(answer.closedAt);
    if (Math.abs(daysBetween(item.closed, trackerClosed)) > CLOSED_DATE_TOLERANCE_DAYS) {
      return { kind: 'closed-date', link, closed: item.closed, trackerClosed, answer };
    }
  }
  return undefined;
}

const statusWords = (status: ActionItem['status']) => ACTION_STATUS_LABELS[status].toLowerCase();

/** "tracker says closed on 12 Mar 2026; postmortem says open": the disagreement in one line. */
export function disagreementText(disagreement: TrackerDisagreement): string {
  switch (disagreement.kind) {
    case 'tracker-open':
      return `tracker says open; postmortem says ${statusWords(disagreement.status)}`;
    case 'tracker-closed': {
      const { closedAt } = disagreement.answer;
      const when = closedAt ? ` on ${formatCalendarDate(utcDateOf(closedAt))}` : '';
      return `tracker says closed${when}; postmortem says ${statusWords(disagreement.status)}`;
    }
    case 'closed-date':
      return `tracker says closed on ${formatCalendarDate(disagreement.trackerClosed)}; postmortem says closed on ${formatCalendarDate(disagreement.closed)}`;
    case 'not-syncable':
      return `link ${disagreement.reason}, so its state cannot be synced`;
    case 'unsynced':
      return 'tracker state not synced yet';
  }
}

/** When the tracker's answer was received, for "as of" notes; undefined when there is none. */
export function syncedOn(disagreement: TrackerDisagreement): string | undefined {
  return 'answer' in disagreement ? utcDateOf(disagreement.answer.fetchedAt) : undefined;
}
