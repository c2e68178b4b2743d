/**
 * When incidents start, by weekday and hour on each incident's own wall clock
 * (the zone its timeline is written in): 23:30 on a Sunday in Los Angeles is
 * a Sunday-23 incident, though it is Monday in UTC.
 */
import type { InsightIncident } from './types.ts';

/** ISO weekdays, Monday first, as InsightIncident.startWeekday numbers them from 1. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Counts of incident starts: `counts[weekday - 1][hour]`, 7 rows of 24. */
export function startClockGrid(incidents: readonly Pick<InsightIncident, 'startHour' | 'startWeekday'>[]): number[][] {
  const counts = WEEKDAYS.map(() => Array.from({ length: 24 }, () => 0));
  for (const incident of incidents) counts[incident.startWeekday - 1]![incident.startHour]! += 1;
  return counts;
}

/** The same grid with hours summed into blocks of `hours` (a divisor of 24): 8 columns of 3 hours for a phone. */
export function groupHours(grid: readonly (readonly number[])[], hours: number): number[][] {
  if (!Number.isInteger(hours) || hours < 1 || 24 % hours !== 0) {
    throw new RangeError(`hours must divide 24, got ${hours}`);
  }
  return grid.map((row) =>
    Array.from({ length: 24 / hours }, (_, block) =>
      row.slice(block * hours, (block + 1) * hours).reduce((sum, count) => sum + count, 0),
    ),
  );
}
