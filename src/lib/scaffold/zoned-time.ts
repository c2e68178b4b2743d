/**
 * Wall-clock times in a named zone turned into ISO 8601 instants with the
 * zone's offset at that moment (DST-aware), as the format requires. Authors
 * type the time they saw on the clock; the offset is worked out for them.
 */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second?: number;
}

export type ZonedResult = { ok: true; iso: string; note?: string } | { ok: false; message: string };

const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** The zone's UTC offset in minutes at an instant (e.g. -420 for PDT). */
export function offsetMinutesAt(epochMs: number, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(epochMs))
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/** `+02:00`, `-07:00`, `+05:45`. */
export function formatOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** An instant written as `YYYY-MM-DDTHH:MM:SS±HH:MM` in the given offset. */
export function isoWithOffset(epochMs: number, offsetMinutes: number): string {
  const local = new Date(epochMs + offsetMinutes * 60_000);
  return (
    `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${formatOffset(offsetMinutes)}`
  );
}

/** An instant in a named zone: `2025-03-01T14:05:00+01:00`. */
export function isoInZone(epochMs: number, timeZone: string): string {
  return isoWithOffset(epochMs, offsetMinutesAt(epochMs, timeZone));
}

function sameWallTime(epochMs: number, offset: number, wall: WallTime): boolean {
  const local = new Date(epochMs + offset * 60_000);
  return (
    local.getUTCFullYear() === wall.year &&
    local.getUTCMonth() + 1 === wall.month &&
    local.getUTCDate() === wall.day &&
    local.getUTCHours() === wall.hour &&
    local.getUTCMinutes() === wall.minute
  );
}

/** A wall-clock time in a zone as an instant; reports times skipped by a DST change and picks the first of repeated ones. */
export function wallTimeInZone(wall: WallTime, timeZone: string): ZonedResult {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const check = new Date(asUtc);
  if (check.getUTCMonth() + 1 !== wall.month || check.getUTCDate() !== wall.day || wall.hour > 23 || wall.minute > 59) {
    return { ok: false, message: 'is not a real date and time' };
  }
  const offsets = new Set([-26, -13, 0, 13, 26].map((hours) => offsetMinutesAt(asUtc + hours * 3_600_000, timeZone)));
  const matches = [...offsets]
    .map((offset) => ({ offset, epoch: asUtc - offset * 60_000 }))
    .filter(({ offset, epoch }) => offsetMinutesAt(epoch, timeZone) === offset && sameWallTime(epoch, offset, wall))
    .sort((a, b) => a.epoch - b.epoch);
  const wallText = `${pad(wall.hour)}:${pad(wall.minute)} on ${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  if (matches.length === 0) {
    return {
      ok: false,
      message: `${wallText} did not happen in ${timeZone}: the clocks skipped it for daylight saving time; give the time with its offset instead`,
    };
  }
  const first = matches[0]!;
  const iso = isoWithOffset(first.epoch, first.offset);
  if (matches.length > 1) {
    return {
      ok: true,
      iso,
      note: `${wallText} happened twice in ${timeZone} (clocks went back); the first one (${formatOffset(first.offset)}) was used, write ${isoWithOffset(matches[1]!.epoch, matches[1]!.offset)} for the second`,
    };
  }
  return { ok: true, iso };
}

const WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})$/i;
const WITHOUT_OFFSET = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/**
 * What an author typed for a time: ISO 8601 with an offset, or a date and
 * wall-clock time (`2025-03-01 14:05`) read in `timeZone`.
 */
export function parseTimeInput(text: string, timeZone: string): ZonedResult {
  const input = text.trim();
  const offsetMatch = WITH_OFFSET.exec(input);
  if (offsetMatch) {
    const [, year, month, day, hour, minute, second = '00', zone] = offsetMatch;
    const offsetText = zone!.toUpperCase() === 'Z' ? 'Z' : zone!.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    const iso = `${year}-${month}-${day}T${hour}:${minute}:${second}${offsetText}`;
    const epoch = Date.parse(iso);
    const real = wallTimeInZone({ year: +year!, month: +month!, day: +day!, hour: +hour!, minute: +minute! }, 'UTC');
    if (Number.isNaN(epoch) || !real.ok) return { ok: false, message: `"${input}" is not a real date and time` };
    return { ok: true, iso };
  }
  const wallMatch = WITHOUT_OFFSET.exec(input);
  if (wallMatch) {
    const [, year, month, day, hour, minute, second] = wallMatch;
    const result = wallTimeInZone(
      { year: +year!, month: +month!, day: +day!, hour: +hour!, minute: +minute!, second: Number(second ?? 0) },
      timeZone,
    );
    return result.ok ? result : { ok: false, message: `"${input}": ${result.message}` };
  }
  return {
    ok: false,
    message: `"${input}" is not a time; write it as 2025-03-01 14:05 (read in ${timeZone}) or with an offset, 2025-03-01T14:05:00+01:00`,
  };
}
