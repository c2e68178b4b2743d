/** UTC offsets of instants in IANA zones, computed with Intl, and the zones' DST transitions. */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC in `zone` at `epochMs`, e.g. -480 for Los Angeles in winter. */
export function offsetMinutes(zone: string, epochMs: number): number {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    formatters.set(zone, formatter);
  }
  const name = formatter.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')!.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The instant as local time in `zone` with that zone's offset: 2025-03-30T01:59:00+01:00 (Z for UTC). */
export function zonedIso(zone: string, epochMs: number): string {
  const offset = offsetMinutes(zone, epochMs);
  const local = new Date(epochMs + offset * MINUTE).toISOString().slice(0, 19);
  if (zone === 'UTC') return `${local}Z`;
  const sign = offset < 0 ? '-' : '+';
  return `${local}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** Local calendar date in `zone`, YYYY-MM-DD. */
export function zonedDate(zone: string, epochMs: number): string {
  return new Date(epochMs + offsetMinutes(zone, epochMs) * MINUTE).toISOString().slice(0, 10);
}

/** Local wall-clock time in `zone`, HH:MM. */
export function zonedClock(zone: string, epochMs: number): string {
  return new Date(epochMs + offsetMinutes(zone, epochMs) * MINUTE).toISOString().slice(11, 16);
}

/** Instants (to the minute) at which the zone's offset changes between `fromMs` and `toMs`. */
export function offsetTransitions(zone: string, fromMs: number, toMs: number): number[] {
  const transitions: number[] = [];
  for (let day = fromMs; day + DAY <= toMs; day += DAY) {
    if (offsetMinutes(zone, day) === offsetMinutes(zone, day + DAY)) continue;
    // Binary search for the first minute with the new offset.
    let low = day;
    let high = day + DAY;
    const before = offsetMinutes(zone, low);
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (offsetMinutes(zone, middle) === before) low = middle;
      else high = middle;
    }
    transitions.push(high);
  }
  return transitions;
}
