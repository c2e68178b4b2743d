/**
 * "On this day": incidents that started in the same week of an earlier year,
 * a reminder of what failed at this time of year before (peak sales, clock
 * changes, year ends). Dates are each incident's start date in its own zone.
 */
import { addMonths, daysBetween } from './time/calendar.ts';

/** How far from today's date, in days either way, an earlier year's incident still counts as the same week. */
export const ON_THIS_DAY_DAYS = 3;

export interface OnThisDay<T> {
  incident: T;
  /** 1 for last year. */
  yearsAgo: number;
  /** Days from the anniversary of today to the incident: negative when it started before that day of the year. */
  daysFromAnniversary: number;
}

/** Today's month and day in an earlier year; 29 February falls on the 28th in other years. */
function anniversary(today: string, year: number): string {
  const years = Number(today.slice(0, 4)) - year;
  return addMonths(today, -12 * years);
}

/**
 * Incidents of earlier years within ON_THIS_DAY_DAYS days of today's date in
 * their year, most recent year first, then by date. `today` is YYYY-MM-DD.
 * Across a year end the nearest anniversary counts: on 2 Jan 2026, an
 * incident of 31 Dec 2024 is one year ago; one of 31 Dec 2025 is this year's.
 */
export function onThisDay<T extends { id: string; date: string }>(
  incidents: readonly T[],
  today: string,
): OnThisDay<T>[] {
  const thisYear = Number(today.slice(0, 4));
  const found: OnThisDay<T>[] = [];
  for (const incident of incidents) {
    const year = Number(incident.date.slice(0, 4));
    // Across a year end, the nearest anniversary lies in the year before or after the incident's.
    for (const anniversaryYear of [year, year + 1, year - 1]) {
      if (anniversaryYear >= thisYear) continue;
      const days = daysBetween(anniversary(today, anniversaryYear), incident.date);
      if (Math.abs(days) <= ON_THIS_DAY_DAYS) {
        found.push({ incident, yearsAgo: thisYear - anniversaryYear, daysFromAnniversary: days });
        break;
      }
    }
  }
  return found.sort(
    (a, b) =>
      a.yearsAgo - b.yearsAgo ||
      a.incident.date.localeCompare(b.incident.date) ||
      a.incident.id.localeCompare(b.incident.id),
  );
}
