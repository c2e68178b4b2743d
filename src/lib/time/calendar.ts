/**
 * Calendar dates (no zone) and arithmetic on them: days, months, quarters.
 * Dates are YYYY-MM-DD strings; the importer, which reads dates out of prose,
 * holds them as numbers (CalendarDate) until it writes them. Each incident's
 * date is taken in its own zone before it gets here, so buckets match what
 * its page shows. Browser-safe: the charts use it.
 */
import { DAY } from './duration.ts';

/** A calendar date as numbers, month 1-12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** Short English month names, January first. */
export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** `{ year: 2025, month: 3, day: 1 }` -> `'2025-03-01'`. */
export function isoDate({ year, month, day }: CalendarDate): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Negative when `a` is earlier, 0 on the same day. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Day numbers already worked out: an archive has a few thousand dates, read millions of times at scale. */
const dayNumbers = new Map<string, number>();

/** Days since 1970-01-01: the x value of dated points in charts. */
export function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY;
    dayNumbers.set(date, day);
  }
  return day;
}

/** The date of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** `addDays('2025-02-27', 3)` -> `'2025-03-02'`. */
export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day `months` later (or earlier), clamped to the month's last day: 2024-03-31 - 1 month = 2024-02-29. */
export function addMonths(date: string, months: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(date.slice(8, 10)), lastDay);
  return isoDate({ year, month: month + 1, day });
}

/** `'2025-02-27'` -> `'2025-02'`. */
export function monthOf(date: string): string {
  return date.slice(0, 7);
}

/** `'2025-02-27'` -> `'2025-Q1'`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** `'2025-02'` -> `'Feb 2025'`. */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** `'2025-Q1'` -> `'2025 Q1'`. */
export function quarterLabel(quarter: string): string {
  return quarter.replace('-', ' ');
}

/** `'2025-02'` -> `'2025-02-28'`. */
export function lastDayOfMonth(month: string): string {
  return addDays(addMonths(`${month}-01`, 1), -1);
}

/** `'2025-Q1'` -> `'2025-01-01'`. */
export function firstDayOfQuarter(quarter: string): string {
  return `${quarter.slice(0, 4)}-${pad((Number(quarter.slice(6)) - 1) * 3 + 1)}-01`;
}

/** `'2025-Q1'` -> `'2025-03-31'`. */
export function lastDayOfQuarter(quarter: string): string {
  return addDays(addMonths(firstDayOfQuarter(quarter), 3), -1);
}

/** `'2025-02-07'` -> `'7 Feb'`: a day within a period whose year is already said. */
export function dayMonthLabel(date: string): string {
  return `${Number(date.slice(8, 10))} ${MONTH_NAMES[Number(date.slice(5, 7)) - 1]}`;
}

/** Every month from `first` to `last` inclusive (YYYY-MM), so empty months show as zero. */
export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  for (let date = `${first}-01`; monthOf(date) <= last; date = addMonths(date, 1)) months.push(monthOf(date));
  return months;
}

/** Every quarter from `first` to `last` inclusive (YYYY-Qn). */
export function quarterRange(first: string, last: string): string[] {
  const quarters: string[] = [];
  for (let date = firstDayOfQuarter(first); quarterOf(date) <= last; date = addMonths(date, 3))
    quarters.push(quarterOf(date));
  return quarters;
}

/** Items grouped into every quarter between the earliest and latest, empty quarters included. */
export function byQuarter<T>(items: readonly T[], dateOf: (item: T) => string): { quarter: string; items: T[] }[] {
  if (items.length === 0) return [];
  const dates = items.map(dateOf).sort();
  const groups = new Map(quarterRange(quarterOf(dates[0]!), quarterOf(dates.at(-1)!)).map((q) => [q, [] as T[]]));
  for (const item of items) groups.get(quarterOf(dateOf(item)))!.push(item);
  return [...groups].map(([quarter, grouped]) => ({ quarter, items: grouped }));
}

/** Items grouped into every month between the earliest and latest, empty months included. */
export function byMonth<T>(items: readonly T[], dateOf: (item: T) => string): { month: string; items: T[] }[] {
  if (items.length === 0) return [];
  const dates = items.map(dateOf).sort();
  const groups = new Map(monthRange(monthOf(dates[0]!), monthOf(dates.at(-1)!)).map((m) => [m, [] as T[]]));
  for (const item of items) groups.get(monthOf(dateOf(item)))!.push(item);
  return [...groups].map(([month, grouped]) => ({ month, items: grouped }));
}
