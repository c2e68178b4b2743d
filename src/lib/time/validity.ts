/**
 * The one rule for a real date, clock time and UTC offset, used by the
 * schema, the importer and `npm run new`: JavaScript's Date would roll
 * 30 February over into March and 24:00 into the next day, so each part is
 * checked on its own.
 */
import type { CalendarDate } from './calendar.ts';

/** The largest UTC offset in use (Kiribati, +14:00); the format allows it either way. */
export const MAX_OFFSET_MINUTES = 14 * 60;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const within = (value: number, low: number, high: number) => Number.isInteger(value) && value >= low && value <= high;

/** A day that exists in the Gregorian calendar: 2024-02-29 yes, 2025-02-29 no. */
export function isRealDate({ year, month, day }: CalendarDate): boolean {
  if (!Number.isInteger(year) || !within(month, 1, 12)) return false;
  const days = DAYS_IN_MONTH[month - 1]! + (month === 2 && isLeapYear(year) ? 1 : 0);
  return within(day, 1, days);
}

/** A clock time as numbers. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second?: number;
}

/** Hours 00-23, minutes and seconds 00-59 (no 24:00, no leap second). */
export function isRealClockTime({ hour, minute, second = 0 }: TimeOfDay): boolean {
  return within(hour, 0, 23) && within(minute, 0, 59) && within(second, 0, 59);
}

/** An offset written ±HH:MM: minutes 00-59 and at most ±14:00 (so +14:01 is not one). */
export function isRealOffset(hours: number, minutes: number): boolean {
  return within(hours, 0, 14) && within(minutes, 0, 59) && hours * 60 + minutes <= MAX_OFFSET_MINUTES;
}

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_TEXT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** A real date written YYYY-MM-DD. */
export function isRealDateText(text: string): boolean {
  const match = DATE_TEXT.exec(text);
  return match !== null && isRealDate({ year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) });
}

/** A real date, time and offset written as an ISO 8601 instant, e.g. 2025-07-12T01:59:00-07:00 or …Z. */
export function isRealInstantText(text: string): boolean {
  const match = INSTANT_TEXT.exec(text);
  if (!match) return false;
  const [, year, month, day, hour, minute, second = '0', offsetHours = '0', offsetMinutes = '0'] = match;
  return (
    isRealDate({ year: Number(year), month: Number(month), day: Number(day) }) &&
    isRealClockTime({ hour: Number(hour), minute: Number(minute), second: Number(second) }) &&
    isRealOffset(Number(offsetHours), Number(offsetMinutes))
  );
}
