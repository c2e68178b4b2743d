/**
 * Whether promises are kept: the completion rate of action items, how long
 * done items took to close, and who holds the unfinished and overdue ones.
 * "Unfinished" and "overdue" are src/lib/action-items.ts's, nowhere else.
 */
import { isOverdue, isUnfinished } from '../action-items.ts';
import { daysBetween } from '../time/calendar.ts';
import { median } from './percentiles.ts';
import type { InsightActionItem, InsightIncident } from './types.ts';

export interface CompletionRate {
  total: number;
  done: number;
  wontDo: number;
  /** The items the rate is out of: every item except won't do. */
  considered: number;
  /** done ÷ (all − won't do), as a percent; undefined when no item counts. */
  percent?: number;
}

/**
 * Done items as a share of the items the team still meant to do: won't-do
 * items are a decision, not a failure, so they leave both sides of the ratio;
 * open and in-progress items count against it.
 */
export function completionRate(items: readonly Pick<InsightActionItem, 'status'>[]): CompletionRate {
  const done = items.filter((item) => item.status === 'done').length;
  const wontDo = items.filter((item) => item.status === 'wont-do').length;
  const considered = items.length - wontDo;
  return {
    total: items.length,
    done,
    wontDo,
    considered,
    ...(considered > 0 ? { percent: (done / considered) * 100 } : {}),
  };
}

export interface TimeToClose {
  /** Days from the incident's start date to `closed`, one per done item that has a closed date. */
  days: number[];
  /** Median of `days`; undefined with fewer than MIN_SAMPLE.median of them. */
  medianDays?: number;
  done: number;
  /** Done items with no closed date: left out of `days`. */
  undated: number;
}

/** Days to close the done items: from the incident's start date (in its own zone) to the closed date. */
export function timeToClose(incidents: readonly Pick<InsightIncident, 'date' | 'actionItems'>[]): TimeToClose {
  const days: number[] = [];
  let done = 0;
  for (const incident of incidents) {
    for (const item of incident.actionItems) {
      if (item.status !== 'done') continue;
      done += 1;
      if (item.closed) days.push(daysBetween(incident.date, item.closed));
    }
  }
  const medianDays = median(days);
  return { days, ...(medianDays === undefined ? {} : { medianDays }), done, undated: done - days.length };
}

export interface OwnerLoad {
  /** The owner as written in the front matter. */
  owner: string;
  /** The team's name when the owner is a team id, else undefined (a person). */
  team?: string;
  unfinished: number;
  overdue: number;
  /** Earliest due date among the overdue items. */
  oldestOverdue?: string;
}

/**
 * Unfinished items grouped by owner, most overdue first (then most
 * unfinished, then by name). An owner is a team when it is a team id in
 * `teams` (id -> name), else a person.
 */
export function ownersWithUnfinished(
  incidents: readonly Pick<InsightIncident, 'actionItems'>[],
  today: string,
  teams: Readonly<Record<string, string>>,
): OwnerLoad[] {
  const byOwner = new Map<string, OwnerLoad>();
  for (const item of incidents.flatMap((incident) => incident.actionItems)) {
    if (!isUnfinished(item)) continue;
    const team = Object.hasOwn(teams, item.owner) ? teams[item.owner] : undefined;
    const load = byOwner.get(item.owner) ?? { owner: item.owner, ...(team ? { team } : {}), unfinished: 0, overdue: 0 };
    load.unfinished += 1;
    if (isOverdue(item, today)) {
      load.overdue += 1;
      if (!load.oldestOverdue || item.due < load.oldestOverdue) load.oldestOverdue = item.due;
    }
    byOwner.set(item.owner, load);
  }
  return [...byOwner.values()].sort(
    (a, b) => b.overdue - a.overdue || b.unfinished - a.unfinished || a.owner.localeCompare(b.owner),
  );
}
