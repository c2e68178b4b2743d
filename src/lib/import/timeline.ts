/**
 * Timeline bullets (`- 10:42 AM (UTC) - text`, `* 23:40 CEST — text`,
 * `| 14:05 | text |`) read into dated, zoned events, with dates taken from
 * date headings or the line itself, then given their kinds.
 */
import type { EventKind } from '../../schema/postmortem.ts';
import {
  addDays,
  findDate,
  instantOf,
  readClock,
  readZone,
  type CalendarDate,
  type ClockTime,
  type WrittenZone,
} from './when.ts';

export interface WrittenEvent {
  /** The date written on the line or in the heading above it, if any. */
  date?: CalendarDate;
  /** Whether the date came from the line itself. */
  dateOnLine: boolean;
  time: ClockTime;
  zone?: WrittenZone;
  text: string;
  /** The source line, for notes. */
  source: string;
}

export interface ReadTimeline {
  events: WrittenEvent[];
  /** Lines that are neither events, dates nor blank: kept in the body. */
  leftover: string[];
}

const BULLET = /^\s*(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}/;

/** Removes emphasis and code marks around the start of a line: `**10:42**`, `` `10:42` ``. */
function unwrap(text: string): string {
  return text.replace(/^(\*\*|__|`|\*|_)(.+?)\1(?=\s|:|-|–|—|$)/, '$2').trim();
}

/** One line as an event, when it starts with an optional date, a clock time and an optional zone. */
export function readEventLine(line: string, fallbackYear?: number): Omit<WrittenEvent, 'source'> | undefined {
  let text = unwrap(line.replace(BULLET, ''));
  let date: CalendarDate | undefined;
  const leadingDate = findDate(text, fallbackYear);
  if (leadingDate && leadingDate.index === 0) {
    date = leadingDate.date;
    text = unwrap(text.slice(leadingDate.length).replace(/^[\s,T]+|^at\s+/i, ''));
  }
  const clock = readClock(text);
  if (!clock) return undefined;
  text = text.slice(clock.length);
  let zone: WrittenZone | undefined;
  const zoneMatch =
    /^\s*(\(?\s*(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?|\(?[A-Za-z]{1,7}\)?(?=[\s:,–—-]|$))/.exec(text);
  if (zoneMatch) {
    zone = readZone(zoneMatch[1]!.replace(/\s+/g, ''));
    if (zone) text = text.slice(zoneMatch[0].length);
  }
  // The separator between time and text: a dash, colon, pipe, or just space.
  text = unwrap(text.replace(/^\s*(?:\*\*|__)?\s*(?:[-–—:|]+|\s)\s*(?:\*\*|__)?\s*/, ''));
  if (!text) return undefined;
  return { date, dateOnLine: date !== undefined, time: clock.time, zone, text };
}

/** A table row `| 10:42 UTC | text | … |` as `10:42 UTC - text — …`. */
function tableRowAsLine(line: string): string | undefined {
  if (!/^\s*\|.*\|\s*$/.test(line) || TABLE_SEPARATOR.test(line)) return undefined;
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())
    .filter(Boolean);
  if (cells.length < 2) return undefined;
  return `${cells[0]} - ${cells.slice(1).join(' — ')}`;
}

/** A line that is only a date (a heading such as `### 2024-10-27` or `**March 15**`). */
function dateHeading(line: string, fallbackYear?: number): CalendarDate | undefined {
  const text = line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^(\*\*|__)(.*)\1\s*:?\s*$/, '$2')
    .trim();
  const found = findDate(text, fallbackYear);
  if (!found) return undefined;
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.length)).replace(
    /[\s,:()—–-]|day|\d/gi,
    '',
  );
  return rest.length <= 3 && !readClock(text.slice(found.index + found.length).trim()) ? found.date : undefined;
}

export function readTimeline(lines: readonly string[], fallbackYear?: number): ReadTimeline {
  const events: WrittenEvent[] = [];
  const leftover: string[] = [];
  let headingDate: CalendarDate | undefined;
  for (const line of lines) {
    if (!line.trim() || TABLE_SEPARATOR.test(line)) continue;
    const asRow = tableRowAsLine(line);
    const event = readEventLine(asRow ?? line, fallbackYear);
    if (event) {
      events.push({ ...event, date: event.date ?? headingDate, source: line.trim() });
      continue;
    }
    const heading = dateHeading(line, fallbackYear);
    if (heading) {
      headingDate = heading;
      continue;
    }
    // Table headers ("| Time | Event |") carry no content.
    if (asRow && /time/i.test(asRow.split(' - ')[0] ?? '')) continue;
    leftover.push(line);
  }
  return { events, leftover };
}

export interface TimedEvent extends WrittenEvent {
  at: string;
  epoch: number;
}

/**
 * Events with instants: a line without a date takes the last date above it,
 * or the incident date, and moves to the next day when its time runs backwards
 * (23:50 then 00:10). A line without a zone takes `defaultZone`.
 */
export function timeEvents(
  events: readonly WrittenEvent[],
  incidentDate: CalendarDate,
  defaultZone: WrittenZone,
): { events: TimedEvent[]; notes: string[] } {
  const timed: TimedEvent[] = [];
  const notes: string[] = [];
  let current: CalendarDate = incidentDate;
  let lastMinutes = -1;
  let lastDate: CalendarDate | undefined;
  for (const event of events) {
    let date = event.date ?? current;
    if (event.date && event.date !== lastDate) lastMinutes = -1;
    const minutes = event.time.hour * 60 + event.time.minute;
    if (!event.dateOnLine && minutes < lastMinutes) {
      date = addDays(date, 1);
      notes.push(`"${event.source}" is earlier than the line before, so it was read as the next day`);
    }
    current = date;
    lastDate = event.date;
    lastMinutes = minutes;
    const zone = event.zone ?? defaultZone;
    const instant = instantOf(date, event.time, zone);
    if (!instant.ok) {
      notes.push(`"${event.source}": ${instant.message}; it is kept in the body instead`);
      continue;
    }
    timed.push({ ...event, date, at: instant.iso, epoch: Date.parse(instant.iso) });
  }
  return { events: timed, notes };
}

const MISLEADING =
  /\b(misleading|red herring|dead end|wrong(ly)?|incorrect(ly)?|false (lead|alarm)|assum(ed|ing)|suspect(ed|ing)?|(initially|first) (thought|believed|suspected)|thought|ruled out|unrelated|did not help|didn't help|no effect|errors? (continued|persisted)|but .* (fine|healthy|normal))\b/i;
const ESCALATED = /\b(escalat\w*|brought in|pulled in|looped in|called in|incident commander|war room|declared)\b/i;
const DETECTED =
  /\b(alert(ed|s)?|fired|paged|pager|noticed|detected|report(ed|s)?|complain\w*|flagged|spotted|raised|tickets?|monitoring)\b/i;
const MITIGATED =
  /\b(mitigat\w*|restored|recover(ed|y)|back to normal|returned to normal|rolled back|reverted|roll(ed)?back|fix(ed)? (was )?(deployed|applied)|corrected|resumed|updating again|working again|stopped)\b/i;
const RESOLVED = /\b(resolved|all[- ]clear|closed|fully recovered|incident (is )?over)\b/i;

export interface KindedEvent extends TimedEvent {
  kind: EventKind;
  /** Why a milestone was chosen, for the author to confirm. */
  reason?: string;
}

const clockText = (time: ClockTime) => `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;

/**
 * Kinds for the events: started, detected and mitigated exactly once and in
 * that order (from the summary's "from … to …" when it gives times, else from
 * the words used), resolved when a later line says so, the rest by keyword.
 * Returns the events in time order, and any placeholder events still needed.
 */
export function assignKinds(
  events: readonly TimedEvent[],
  hints: { start?: ClockTime; end?: ClockTime } = {},
): { events: KindedEvent[]; missing: ('started' | 'detected' | 'mitigated')[] } {
  const sorted: KindedEvent[] = [...events]
    .sort((a, b) => a.epoch - b.epoch)
    .map((event) => ({ ...event, kind: 'action' as EventKind }));
  const missing: ('started' | 'detected' | 'mitigated')[] = [];
  const at = (time: ClockTime | undefined, from: number) =>
    time ? sorted.findIndex((event, index) => index >= from && clockText(event.time) === clockText(time)) : -1;
  const firstMatching = (pattern: RegExp, from: number, exclude?: RegExp) =>
    sorted.findIndex((event, index) => index >= from && pattern.test(event.text) && !exclude?.test(event.text));

  let started = at(hints.start, 0);
  let startedReason = started >= 0 ? 'the summary gives this start time' : '';
  if (started < 0 && sorted.length > 0) {
    started = 0;
    startedReason = 'the first event';
  }
  if (started < 0) return { events: sorted, missing: ['started', 'detected', 'mitigated'] };
  sorted[started]!.kind = 'started';
  sorted[started]!.reason = startedReason;

  let detected = firstMatching(DETECTED, started + 1, MISLEADING);
  let detectedReason = 'the first alert or report after the start';
  if (detected < 0 && started + 1 < sorted.length) {
    detected = started + 1;
    detectedReason = 'the event after the start';
  }
  const end = at(hints.end, Math.max(detected, started) + 1);
  let mitigated = end >= 0 ? end : firstMatching(MITIGATED, Math.max(detected, started) + 1, MISLEADING);
  let mitigatedReason = end >= 0 ? 'the summary gives this end time' : 'the first recovery after detection';
  if (mitigated < 0 && Math.max(detected, started) + 1 < sorted.length) {
    mitigated = sorted.length - 1;
    mitigatedReason = 'the last event';
  }
  // If detection was guessed as the event that mitigated it, there is nothing between: detection is unknown.
  if (detected >= 0 && detected === mitigated) detected = -1;
  if (detected >= 0) {
    sorted[detected]!.kind = 'detected';
    sorted[detected]!.reason = detectedReason;
  } else missing.push('detected');
  if (mitigated >= 0) {
    sorted[mitigated]!.kind = 'mitigated';
    sorted[mitigated]!.reason = mitigatedReason;
    const resolved = sorted.findLastIndex((event, index) => index > mitigated && RESOLVED.test(event.text));
    if (resolved >= 0) {
      sorted[resolved]!.kind = 'resolved';
      sorted[resolved]!.reason = 'a later event says it was resolved or closed';
    }
  } else missing.push('mitigated');

  for (const [index, event] of sorted.entries()) {
    if (event.kind !== 'action') continue;
    if (index < started) event.kind = 'note';
    else if (MISLEADING.test(event.text)) event.kind = 'misleading';
    else if (ESCALATED.test(event.text)) event.kind = 'escalated';
  }
  return { events: sorted, missing };
}
