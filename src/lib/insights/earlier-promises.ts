/**
 * What was promised after a root cause's earlier incidents, and whether it was
 * done: for each root-cause category with more than one incident, the action
 * items of every incident except the latest. A reader sees the promises made
 * last time beside the cause coming back.
 */
import { isOverdue, isUnfinished } from '../action-items.ts';
import type { InsightActionItem, InsightIncident } from './types.ts';

type PromiseFields = Pick<InsightIncident, 'id' | 'startedAt' | 'rootCause' | 'actionItems'>;

export interface RecurringCause<T> {
  cause: string;
  /** Every incident of the cause, newest first. */
  incidents: T[];
  latest: T;
  /** Every incident but the latest, newest first. */
  earlier: T[];
}

export interface EarlierPromise<T> {
  cause: RecurringCause<T>;
  incident: T;
  item: InsightActionItem;
  unfinished: boolean;
  overdue: boolean;
}

const newestFirst = (a: PromiseFields, b: PromiseFields) => b.startedAt - a.startedAt || b.id.localeCompare(a.id);

/** Root-cause categories with more than one incident, the one that recurred most recently first. */
export function recurringCauses<T extends PromiseFields>(incidents: readonly T[]): RecurringCause<T>[] {
  const byCause = new Map<string, T[]>();
  for (const incident of incidents) {
    const members = byCause.get(incident.rootCause);
    if (members) members.push(incident);
    else byCause.set(incident.rootCause, [incident]);
  }
  return [...byCause]
    .filter(([, members]) => members.length > 1)
    .map(([cause, members]) => {
      const sorted = [...members].sort(newestFirst);
      return { cause, incidents: sorted, latest: sorted[0]!, earlier: sorted.slice(1) };
    })
    .sort((a, b) => newestFirst(a.latest, b.latest));
}

/**
 * The action items of the earlier incidents of every recurring cause:
 * overdue first, then the other unfinished ones, then won't do, then done;
 * within each, the most recently recurred cause first, newest incident first,
 * earliest due first.
 */
export function earlierPromises<T extends PromiseFields>(incidents: readonly T[], today: string): EarlierPromise<T>[] {
  const causes = recurringCauses(incidents);
  // Not done first: overdue, other unfinished, dropped (won't do), and done last.
  const rank = (promise: EarlierPromise<T>) =>
    promise.overdue ? 0 : promise.unfinished ? 1 : promise.item.status === 'wont-do' ? 2 : 3;
  return causes
    .flatMap((cause) =>
      cause.earlier.flatMap((incident) =>
        incident.actionItems.map((item) => ({
          cause,
          incident,
          item,
          unfinished: isUnfinished(item),
          overdue: isOverdue(item, today),
        })),
      ),
    )
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        causes.indexOf(a.cause) - causes.indexOf(b.cause) ||
        newestFirst(a.incident, b.incident) ||
        a.item.due.localeCompare(b.item.due),
    );
}

/** Ids of the incidents whose action items `earlierPromises` lists: the browser needs their titles. */
export function earlierIncidentIds(incidents: readonly PromiseFields[]): Set<string> {
  return new Set(recurringCauses(incidents).flatMap((cause) => cause.earlier.map((incident) => incident.id)));
}
