/**
 * Dates and clock times as people write them in postmortems. Calendar dates
 * come from chrono (a maintained natural-language date parser) plus the
 * forms it does not read (`12-05` as month-day); clock times and zones are
 * read here, because a zone must never be guessed silently (see zones.ts).
 */
import * as chrono from 'chrono-node';
import { YEAR_RANGE } from '../../schema/fields.ts';
import { isoDate, type CalendarDate } from '../time/calendar.ts';
import { isRealClockTime, isRealDate } from '../time/validity.ts';
import { wallTimeAtOffset, wallTimeInZone } from '../time/zoned.ts';
import { readZone, statedZone, zoneAfter, type WrittenZone } from './zones.ts';

export { readZone, statedZone, type WrittenZone };

export interface FoundDate {
  date: CalendarDate;
  index: number;
  length: number;
  /** What was assumed in reading it (an order of day and month, a year). */
  note?: string;
}

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/;
// `[12-05 16:21]`: month and day without a year, as log timestamps write them.
const MONTH_DAY = /(?<![\d/.-])(\d{2})-(\d{2})(?=\s+\d{1,2}:\d{2})/;

const CALENDAR_WORDS = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|\d{1,4}[/.-]\d{1,2}/i;
const RELATIVE_WORDS =
  /\b(ago|later|earlier|minutes?|hours?|days?|weeks?|months?|today|tonight|yesterday|tomorrow|next|last|this)\b/i;

/** The first date written in `text`; a date without a year takes `fallbackYear`, with a note. */
export function findDate(text: string, fallbackYear?: number): FoundDate | undefined {
  const reference = new Date(Date.UTC(fallbackYear ?? 2000, 0, 1));
  const found: FoundDate[] = [];
  for (const result of chrono.strict.parse(text, reference)) {
    // Only calendar dates: chrono also reads "for 70 minutes" or "next Tuesday" relative to the reference.
    if (!CALENDAR_WORDS.test(result.text) || RELATIVE_WORDS.test(result.text)) continue;
    const start = result.start;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    const yearKnown = start.isCertain('year');
    const year = yearKnown ? start.get('year')! : fallbackYear;
    if (year === undefined) continue;
    const date = { year, month: start.get('month')!, day: start.get('day')! };
    if (!isRealDate(date) || year < YEAR_RANGE.min || year > YEAR_RANGE.max) continue;
    // chrono's match may run on into the time; keep the date part for the caller.
    const dateText = result.text.replace(/(?:[,\s]+(?:at\s+)?|T)\d{1,2}(?::\d{2}|\s*[ap]\.?m).*$/is, '');
    const notes: string[] = [];
    const numeric = NUMERIC.exec(dateText.trim());
    if (numeric && Number(numeric[1]) <= 12 && Number(numeric[2]) <= 12 && numeric[1] !== numeric[2]) {
      notes.push(`"${dateText.trim()}" was read as month/day (${isoDate(date)}); it may be day/month`);
    }
    if (!yearKnown) notes.push(`"${dateText.trim()}" has no year; ${year} assumed`);
    found.push({ date, index: result.index, length: dateText.length, note: notes.join('; ') || undefined });
    break;
  }
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay && fallbackYear !== undefined) {
    const date = { year: fallbackYear, month: Number(monthDay[1]), day: Number(monthDay[2]) };
    if (isRealDate(date)) {
      found.push({
        date,
        index: monthDay.index,
        length: monthDay[0].length,
        note: `"${monthDay[0]}" was read as month-day in ${fallbackYear}`,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index)[0];
}

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

const MERIDIEM = '(?:\\s*([ap])\\.?\\s?m\\.?(?![a-z]))';
// 10:42, 10:42:05, 10:42 AM, 9:15am, 12:00 p.m., 14:15pm (read as 14:15).
const COLON = new RegExp(`^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?${MERIDIEM}?`, 'i');
// 14.05, 14h05: only where a time is expected, since 10.15 is also a number.
const DOTTED = new RegExp(`^(\\d{1,2})[.h](\\d{2})()${MERIDIEM}?(?![\\d.])`, 'i');
// 6PM, 7 pm, 3:AM.
const HOUR_ONLY = new RegExp(`^(\\d{1,2}):?()()${MERIDIEM}`, 'i');
// 2100hrs, 0930 hours, 1430Z.
const MILITARY = /^([01]\d|2[0-3])([0-5]\d)()(?:\s?(?:hrs?|hours)\b|(?=Z\b))/i;

function clockFrom(match: RegExpExecArray): { time: ClockTime; length: number } | undefined {
  let hour = Number(match[1]);
  const minute = Number(match[2] || 0);
  const second = Number(match[3] || 0);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem && hour >= 1 && hour <= 12) hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  else if (meridiem && !(hour > 12 && meridiem === 'p')) return undefined;
  if (!isRealClockTime({ hour, minute, second })) return undefined;
  return { time: { hour, minute, second }, length: match[0].length };
}

/** `10:42 AM`, `9:15am`, `23:40`, `6PM`, `2100hrs` at the start of `text`, and the length it took. */
export function readClock(text: string, { loose = true } = {}): { time: ClockTime; length: number } | undefined {
  for (const pattern of loose ? [COLON, MILITARY, HOUR_ONLY, DOTTED] : [COLON, MILITARY, HOUR_ONLY]) {
    const match = pattern.exec(text);
    if (match) return clockFrom(match);
  }
  return undefined;
}

export interface FoundTime {
  time: ClockTime;
  zone?: WrittenZone;
  index: number;
  /** Characters taken by the time and its zone. */
  length: number;
}

/** Every clock time written in prose (`from 10:42 AM to 11:58 AM UTC`), in order, with any zone after it. */
export function clockTimesIn(text: string): FoundTime[] {
  const found: FoundTime[] = [];
  const pattern = /(?<![\d:./-])\d{1,4}(?=[:\s]|[ap]\.?m|hrs?|Z\b)/gi;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const clock = readClock(text.slice(match.index), { loose: false });
    if (!clock) continue;
    const end = match.index + clock.length;
    // A following `:` with more digits is a longer number (a ratio or a port), not a time.
    if (/^\d/.test(text.slice(end))) continue;
    const zone = zoneAfter(text.slice(end));
    found.push({ time: clock.time, zone: zone?.zone, index: match.index, length: clock.length + (zone?.length ?? 0) });
    pattern.lastIndex = end;
  }
  return found;
}

/** A date, clock time and zone as an ISO instant; a zone without a fixed offset is resolved for that date (DST). */
export function instantOf(
  date: CalendarDate,
  time: ClockTime,
  zone: WrittenZone,
): { ok: true; iso: string } | { ok: false; message: string } {
  const result =
    zone.offset !== undefined
      ? wallTimeAtOffset({ ...date, ...time }, zone.offset)
      : wallTimeInZone({ ...date, ...time }, zone.zone ?? 'UTC');
  return result.ok ? { ok: true, iso: result.iso } : { ok: false, message: result.message };
}
