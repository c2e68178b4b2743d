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

const DAY_MS = 86_400_000;

/** The zone's offset from UTC in ms at an instant (the wall clock minus the instant), read from Intl to the second. */
function exactOffset(epochMs: number, timeZone: string): number {
  const local = parts(new Date(epochMs), timeZone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  });
  const wall = Date.UTC(
    Number(local.year),
    Number(local.month) - 1,
    Number(local.day),
    Number(local.hour),
    Number(local.minute),
    Number(local.second),
  );
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/** Per zone, per UTC day number: the offset when it holds the whole day, NaN on a day the offset changes. */
const dayOffsets = new Map<string, Map<number, number>>();

/**
 * The zone's offset at an instant when the zone keeps one offset all that UTC
 * day, else undefined. A page reads a dozen instants of the same day or two,
 * and Intl is asked twice per day instead of once per instant. Zones change
 * offset at most a few times a year, never twice in a day and back.
 */
function steadyOffset(instant: Date, timeZone: string): number | undefined {
  const day = Math.floor(instant.getTime() / DAY_MS);
  let offsets = dayOffsets.get(timeZone);
  if (!offsets) dayOffsets.set(timeZone, (offsets = new Map()));
  let offset = offsets.get(day);
  if (offset === undefined) {
    const atStart = exactOffset(day * DAY_MS, timeZone);
    const atEnd = exactOffset((day + 1) * DAY_MS - 1000, timeZone);
    // Offsets of whole minutes only: the readings below show minutes, and old local mean times had seconds.
    offset = atStart === atEnd && atStart % 60_000 === 0 ? atStart : Number.NaN;
    offsets.set(day, offset);
  }
  return Number.isNaN(offset) ? undefined : offset;
}

/** The parts of a reading in the zone: the UTC fields of the instant moved by a steady offset, else Intl's. */
function zonedParts(instant: Date, timeZone: string): Record<string, string> {
  if (timeZone === 'UTC') return utcParts(instant);
  const offset = steadyOffset(instant, timeZone);
  if (offset !== undefined) return utcParts(new Date(instant.getTime() + offset));
  return parts(instant, timeZone, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
}

/** An instant in `timeZone` and in UTC. */
export function zonedTime(instant: Date, timeZone: string): ZonedTime {
  const local = zonedParts(instant, timeZone);
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
