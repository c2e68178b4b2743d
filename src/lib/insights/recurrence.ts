/**
 * Recurring root causes: failing twice for the same reason is what postmortems
 * exist to prevent. An incident is a repeat when an earlier incident had the
 * same root-cause category at most `windowDays` calendar days before it (each
 * date taken in its incident's own zone), and a same-service repeat when that
 * earlier incident also shared an affected service.
 */
import { byQuarter, daysBetween } from '../time/calendar.ts';
import type { InsightIncident } from './types.ts';

export const DEFAULT_RECURRENCE_WINDOW_DAYS = 90;

type Recurring = Pick<InsightIncident, 'id' | 'date' | 'startedAt' | 'rootCause' | 'services'>;

export interface Repeat<T extends Recurring = InsightIncident> {
  incident: T;
  /** The most recent earlier incident with the same category within the window. */
  previous: T;
  daysApart: number;
  /** The most recent earlier incident with the same category and a shared service within the window, if any. */
  sameService?: { previous: T; daysApart: number; services: string[] };
}

function oldestFirst(a: Recurring, b: Recurring): number {
  return a.startedAt - b.startedAt || a.id.localeCompare(b.id);
}

function checkWindow(windowDays: number): void {
  if (!Number.isInteger(windowDays) || windowDays < 0) {
    throw new RangeError(`the recurrence window must be a whole number of days (0 or more), got ${windowDays}`);
  }
}

/** Every repeat, newest first. */
export function findRepeats<T extends Recurring>(
  incidents: readonly T[],
  windowDays = DEFAULT_RECURRENCE_WINDOW_DAYS,
): Repeat<T>[] {
  checkWindow(windowDays);
  const byCategory = new Map<string, T[]>();
  for (const incident of [...incidents].sort(oldestFirst)) {
    const list = byCategory.get(incident.rootCause) ?? [];
    list.push(incident);
    byCategory.set(incident.rootCause, list);
  }
  const repeats: Repeat<T>[] = [];
  for (const list of byCategory.values()) {
    list.forEach((incident, index) => {
      // Most recent first; dates in different zones may be a day out of step with
      // start instants, so scan one day past the window before stopping. The scan
      // stops at the first earlier incident that shares a service: nothing older is read.
      let repeat: Repeat<T> | undefined;
      for (let other = index - 1; other >= 0; other -= 1) {
        const earlier = list[other]!;
        const days = daysBetween(earlier.date, incident.date);
        if (days > windowDays + 1) break;
        if (days > windowDays) continue;
        repeat ??= { incident, previous: earlier, daysApart: days };
        const services = incident.services.filter((service) => earlier.services.includes(service));
        if (services.length > 0) {
          repeat.sameService = { previous: earlier, daysApart: days, services };
          break;
        }
      }
      if (repeat) repeats.push(repeat);
    });
  }
  return repeats.sort((a, b) => oldestFirst(b.incident, a.incident));
}

export interface CategoryRecurrence {
  category: string;
  /** Incidents with this root cause. */
  incidents: number;
  /** Of those, how many came within the window of an earlier one. */
  repeats: number;
  /** Of the repeats, how many hit a service the earlier one had hit. */
  sameServiceRepeats: number;
  firstDate: string;
  lastDate: string;
}

/** Root-cause categories by incident count, then by repeats, then by id. */
export function rankRootCauses<T extends Recurring>(
  incidents: readonly T[],
  repeats: readonly Repeat<T>[],
): CategoryRecurrence[] {
  const rows = new Map<string, CategoryRecurrence>();
  for (const incident of incidents) {
    const row = rows.get(incident.rootCause) ?? {
      category: incident.rootCause,
      incidents: 0,
      repeats: 0,
      sameServiceRepeats: 0,
      firstDate: incident.date,
      lastDate: incident.date,
    };
    row.incidents += 1;
    if (incident.date < row.firstDate) row.firstDate = incident.date;
    if (incident.date > row.lastDate) row.lastDate = incident.date;
    rows.set(incident.rootCause, row);
  }
  for (const repeat of repeats) {
    const row = rows.get(repeat.incident.rootCause);
    if (!row) continue;
    row.repeats += 1;
    if (repeat.sameService) row.sameServiceRepeats += 1;
  }
  return [...rows.values()].sort(
    (a, b) => b.incidents - a.incidents || b.repeats - a.repeats || a.category.localeCompare(b.category),
  );
}

export interface CategoryTrend {
  quarter: string;
  counts: Record<string, number>;
}

/** Incidents per quarter for each of the given categories, over every quarter of the incidents. */
export function rootCauseTrend(
  incidents: readonly Pick<InsightIncident, 'date' | 'rootCause'>[],
  categories: readonly string[],
): CategoryTrend[] {
  return byQuarter(incidents, (incident) => incident.date).map(({ quarter, items }) => ({
    quarter,
    counts: Object.fromEntries(
      categories.map((category) => [category, items.filter((item) => item.rootCause === category).length]),
    ),
  }));
}
