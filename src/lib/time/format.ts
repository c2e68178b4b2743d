/**
 * Instants and dates as people read them, in the incident's own zone and in
 * UTC, independent of the machine's zone. Intl only: the browser uses it.
 */
import { dayMonthLabel, MONTH_NAMES } from './calendar.ts';
import { dateTimeFormat } from './intl.ts';
import { zoneAbbreviation } from './zones.ts';

export interface ZonedTime {
  /** "Sat 12 Jul 2025" in the zone. */
  date: string;
  /** "01:59" in the zone. */
  time: string;
  /** "PDT". */
  zone: string;
  /** "2025-07-12 08:59 UTC". */
  utc: string;
  /** ISO instant for `<time datetime>`. */
  iso: string;
}

function parts(instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions): Record<string, string> {
  return Object.fromEntries(
    dateTimeFormat('en-US', { timeZone, ...options })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The parts of a reading in UTC, as Intl gives them, from the instant's own UTC fields. */
function utcParts(instant: Date): Record<string, string> {
  return {
    weekday: WEEKDAY_NAMES[instant.getUTCDay()]!,
    day: String(instant.getUTCDate()),
    month: MONTH_NAMES[instant.getUTCMonth()]!,
    year: String(instant.getUTCFullYear()),
    hour: twoDigits(instant.getUTCHours()),
    minute: twoDigits(instant.getUTCMinutes()),
  };
}

/** Zone abbreviations by zone, offset and year: asking Intl for them costs more than the rest of a reading. */
const abbreviations = new Map<string, string>();

function cachedZoneAbbreviation(instant: Date, timeZone: string, local: Record<string, string>): string {
  // The wall clock minus the instant is the zone's offset then; a zone names one offset the same way within a year.
  const wall = Date.UTC(
    Number(local.year),
    MONTH_NUMBER[local.month!]! - 1,
    Number(local.day),
    Number(local.hour),
    Number(local.minute),
  );
  const offsetMinutes = Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
  const key = `${timeZone}|${offsetMinutes}|${local.year}`;
  let zone = abbreviations.get(key);
  if (zone === undefined) {
    zone = zoneAbbreviation(instant, timeZone);
    abbreviations.set(key, zone);
  }
  return zone;
}

const MONTH_NUMBER: Record<string, number> = Object.fromEntries(MONTH_NAMES.map((name, index) => [name, index + 1]));

/** An instant in `timeZone` and in UTC. */
export function zonedTime(instant: Date, timeZone: string): ZonedTime {
  const local =
    timeZone === 'UTC'
      ? utcParts(instant)
      : parts(instant, timeZone, {
          weekday: 'short',
          day: 'numeric',
          month: 'short',
          year: 'numeric',
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
        });
  const iso = instant.toISOString();
  return {
    date: `${local.weekday} ${local.day} ${local.month} ${local.year}`,
    time: `${local.hour}:${local.minute}`,
    zone: cachedZoneAbbreviation(instant, timeZone, local),
    utc: `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`,
    iso,
  };
}

/** The calendar date of an instant in a zone, YYYY-MM-DD. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const local = parts(instant, timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' });
  return `${local.year}-${local.month}-${local.day}`;
}

/** "12 Jul 2025" for a YYYY-MM-DD date. */
export function formatCalendarDate(date: string): string {
  return `${dayMonthLabel(date)} ${Number(date.slice(0, 4))}`;
}

/** ISO weekday numbers (1 = Monday ... 7 = Sunday) by their short English name. */
const WEEKDAY_NUMBER: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The hour (0-23) and ISO weekday (1 = Monday) of an instant on the wall clock of a zone. */
export function wallClockIn(instant: Date, timeZone: string): { hour: number; weekday: number } {
  const local = parts(instant, timeZone, { weekday: 'short', hour: '2-digit', hourCycle: 'h23' });
  return { hour: Number(local.hour), weekday: WEEKDAY_NUMBER[local.weekday!]! };
}
