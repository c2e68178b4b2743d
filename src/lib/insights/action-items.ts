/**
 * Where action items stand as of a given date (the build date): counts by
 * status, overdue ones, and completion per quarter of their due date.
 */
import { isOverdue } from '../action-items.ts';
import { completionRate } from './action-outcomes.ts';
import { byQuarter, daysBetween } from '../time/calendar.ts';
import type { InsightActionItem, InsightIncident } from './types.ts';

export interface ActionItemCounts {
  total: number;
  open: number;
  inProgress: number;
  done: number;
  wontDo: number;
  /** Open or in progress past their due date (a subset of open + in progress). */
  overdue: number;
  /** The completion rate (done ÷ (all − won't do), see action-outcomes.ts), as a percent; undefined when no item counts. */
  completionPercent?: number;
}

const STATUS_FIELD = { open: 'open', 'in-progress': 'inProgress', done: 'done', 'wont-do': 'wontDo' } as const;

/** Counts by status and overdue, as of `today` (YYYY-MM-DD). */
export function countActionItems(items: readonly InsightActionItem[], today: string): ActionItemCounts {
  const counts: ActionItemCounts = { total: 0, open: 0, inProgress: 0, done: 0, wontDo: 0, overdue: 0 };
  for (const item of items) {
    counts.total += 1;
    counts[STATUS_FIELD[item.status]] += 1;
    if (isOverdue(item, today)) counts.overdue += 1;
  }
  const rate = completionRate(items).percent;
  if (rate !== undefined) counts.completionPercent = rate;
  return counts;
}

export interface QuarterCompletion extends ActionItemCounts {
  /** The quarter the items are due in. */
  quarter: string;
}

/** Items grouped by the quarter they are due in, with their state as of `today`. */
export function completionByQuarter(items: readonly InsightActionItem[], today: string): QuarterCompletion[] {
  return byQuarter(items, (item) => item.due).map(({ quarter, items: due }) => ({
    quarter,
    ...countActionItems(due, today),
  }));
}

export interface OverdueItem<T> {
  incident: T;
  item: InsightActionItem;
  daysOverdue: number;
}

/** Every overdue item with its incident, longest overdue first. */
export function overdueActionItems<T extends Pick<InsightIncident, 'id' | 'actionItems'>>(
  incidents: readonly T[],
  today: string,
): OverdueItem<T>[] {
  return incidents
    .flatMap((incident) =>
      incident.actionItems
        .filter((item) => isOverdue(item, today))
        .map((item) => ({ incident, item, daysOverdue: daysBetween(item.due, today) })),
    )
    .sort(
      (a, b) =>
        a.item.due.localeCompare(b.item.due) ||
        a.incident.id.localeCompare(b.incident.id) ||
        a.item.title.localeCompare(b.item.title),
    );
}

/** Every action item of the incidents, in incident order. */
export function allActionItems(incidents: readonly Pick<InsightIncident, 'actionItems'>[]): InsightActionItem[] {
  return incidents.flatMap((incident) => incident.actionItems);
}
