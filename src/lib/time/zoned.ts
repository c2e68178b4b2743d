/**
 * Wall-clock times in a named zone turned into ISO 8601 instants with the
 * zone's offset at that moment (DST-aware), as the format requires. Authors
 * type the time they saw on the clock; the offset is worked out for them.
 *
 * Node only (`npm run new`, the importer): Temporal knows each zone's rules,
 * so a time the clocks skipped or repeated is found exactly rather than by
 * probing offsets. The browser bundle must not import this file.
 */
import { Temporal } from 'temporal-polyfill';
import type { CalendarDate } from './calendar.ts';
import { MINUTE } from './duration.ts';
import { isRealClockTime, isRealDate, type TimeOfDay } from './validity.ts';

/** A date and the time on the clock. */
export interface WallTime extends CalendarDate, TimeOfDay {}

export type ZonedResult = { ok: true; iso: string; note?: string } | { ok: false; message: string };

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** `YYYY-MM-DDTHH:MM:SS±HH:MM`, without the zone's name. */
const isoText = (time: Temporal.ZonedDateTime) => time.toString({ smallestUnit: 'second', timeZoneName: 'never' });

/** The zone's UTC offset in minutes at an instant (e.g. -420 for PDT). */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  return Math.trunc(
    Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).offsetNanoseconds / (MINUTE * 1e6),
  );
}

/** The zone's UTC offset in minutes at noon on a date: the offset of the day, away from a DST change at night. */
export function offsetMinutesOn(date: CalendarDate, timeZone: string): number {
  const noon = Temporal.PlainDate.from(date).toZonedDateTime({ timeZone, plainTime: { hour: 12 } });
  return Math.trunc(noon.offsetNanoseconds / (MINUTE * 1e6));
}

/** `+02:00`, `-07:00`, `+05:45`. */
export function formatOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** An instant in a named zone: `2025-03-01T14:05:00+01:00`. */
export function isoInZone(epochMs: number, timeZone: string): string {
  return isoText(Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone));
}

/** A wall-clock time at a fixed offset (minutes east of UTC), e.g. a time written "14:05 CEST". */
export function wallTimeAtOffset(wall: WallTime, offsetMinutes: number): ZonedResult {
  if (!isRealDate(wall) || !isRealClockTime(wall)) return { ok: false, message: 'is not a real date and time' };
  return { ok: true, iso: isoText(Temporal.PlainDateTime.from(wall).toZonedDateTime(formatOffset(offsetMinutes))) };
}

/** A wall-clock time in a zone as an instant; reports times skipped by a DST change and picks the first of repeated ones. */
export function wallTimeInZone(wall: WallTime, timeZone: string): ZonedResult {
  if (!isRealDate(wall) || !isRealClockTime(wall)) return { ok: false, message: 'is not a real date and time' };
  const plain = Temporal.PlainDateTime.from(wall);
  const earlier = plain.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
  const wallText = `${pad(wall.hour)}:${pad(wall.minute)} on ${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  // In a gap Temporal moves the time by the gap's length; the wall time read back then differs.
  if (!earlier.toPlainDateTime().equals(plain)) {
    return {
      ok: false,
      message: `${wallText} did not happen in ${timeZone}: the clocks skipped it for daylight saving time; give the time with its offset instead`,
    };
  }
  const later = plain.toZonedDateTime(timeZone, { disambiguation: 'later' });
  if (later.epochNanoseconds !== earlier.epochNanoseconds) {
    return {
      ok: true,
      iso: isoText(earlier),
      note: `${wallText} happened twice in ${timeZone} (clocks went back); the first one (${earlier.offset}) was used, write ${isoText(later)} for the second`,
    };
  }
  return { ok: true, iso: isoText(earlier) };
}
