/**
 * Timeline entries read from a section: list items, table rows, paragraph
 * lines and headings that hold a time (`- **10:15 AM**: …`, `* [13:26] …`,
 * `| 14:05 | … |`, `### 4:27` with the text below it, `May 10, 2024, 10:00 AM:
 * …`, `Around 7:15pm Greenwich Mean Time …`). Lines that continue an entry
 * are joined to it; code blocks are never read; a line that is only a date
 * sets the date of the entries below it.
 */
import { dateStatement } from './context.ts';
import type { LineInfo } from './markdown.ts';
import type { CalendarDate } from '../time/calendar.ts';
import { clockTimesIn, findDate, readClock, type ClockTime, type WrittenZone } from './when.ts';
import { statedZone, zoneAfter } from './zones.ts';

export interface WrittenEvent {
  /** The date written on the line or in the heading above it, if any. */
  date?: CalendarDate;
  /** Where the date came from. */
  dateFrom?: 'line' | 'heading';
  /** What was assumed in reading the date (its year, day/month order). */
  dateNote?: string;
  time: ClockTime;
  zone?: WrittenZone;
  text: string;
  /** The source line, for notes. */
  source: string;
}

export interface ReadTimeline {
  events: WrittenEvent[];
  /** Lines that are neither events, dates, zone statements nor blank: kept in the body. */
  leftover: string[];
  /** A zone the section states for all its times ("all times WAT", a "Time (UTC)" column). */
  zone?: WrittenZone;
}

const BULLET = /^\s*(?:>\s*)*(?:[-*+•]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/;
const LEAD_WORDS = /^(?:(?:around|about|at|approximately|approx\.?|~|circa|roughly|by|on|@)\s+|~\s*)/i;

/** The text of an HTML line: tags, entities and emoji short codes dropped. */
export function htmlText(line: string): string {
  return line
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;/gi, ' ')
    .replace(/:[a-z_]+:/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The line as plain text: no list marker, emphasis, code marks or brackets around a leading time. */
function plainLine(line: string): string {
  return line
    .replace(/:[a-z_]+:/g, '')
    .replace(BULLET, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*[*_](?=\S)([^*_]+)[*_]/, '$1')
    .replace(/^\s*\[([^\]]{3,40})\](?!\()/, '$1')
    .replace(/^\s*\(([^)]{3,30})\)/, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The separator between a time and its text: a dash, colon, pipe, arrow, or just space. */
const SEPARATOR = /^\s*(?:[-–—:|>→=]+\s*|\s+|$)/;

/** One line as an event: a date and a clock time at its start, or a clock time within it. */
export function readEventLine(line: string, fallbackYear?: number): Omit<WrittenEvent, 'source'> | undefined {
  let text = plainLine(line).replace(LEAD_WORDS, '');
  let date: CalendarDate | undefined;
  let dateNote: string | undefined;
  // A date first (`May 10, 2024, 10:00 AM`); when the time comes first, the date after it is read below.
  const leading = readClock(text) ? undefined : findDate(text, fallbackYear);
  if (leading && leading.index <= 2) {
    date = leading.date;
    dateNote = leading.note;
    text = text
      .slice(leading.index + leading.length)
      .replace(/^\s*(?:[,T@]|at\b|-(?=\s*\d))*\s*/i, '')
      .replace(LEAD_WORDS, '');
  }
  const clock = readClock(text);
  if (clock && !/^\d/.test(text.slice(clock.length))) {
    let rest = text.slice(clock.length);
    const zone = zoneAfter(rest);
    if (zone) rest = rest.slice(zone.length);
    // A range (`10:00 - 10:15 AM`): the entry starts at the first time.
    rest = rest.replace(/^\s*(?:-|–|to)\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?/i, '');
    // A date after the time: `10:00 AM on March 3, 2024:`.
    if (!date) {
      const trailing = findDate(rest, fallbackYear);
      if (trailing && /^[\s,]*(?:on\s+)?$/i.test(rest.slice(0, trailing.index))) {
        date = trailing.date;
        dateNote = trailing.note;
        rest = rest.slice(trailing.index + trailing.length);
      }
    }
    const body = rest.replace(SEPARATOR, '').trim();
    return { date, dateFrom: date ? 'line' : undefined, dateNote, time: clock.time, zone: zone?.zone, text: body };
  }
  // A time inside the sentence: "Rolled back at 02:30 PM (UTC)".
  const inside = clockTimesIn(text)[0];
  if (!inside) return undefined;
  if (!date) {
    const found = findDate(text, fallbackYear);
    if (found && Math.abs(found.index - inside.index) < 40) {
      date = found.date;
      dateNote = found.note;
    }
  }
  return {
    date,
    dateFrom: date ? 'line' : undefined,
    dateNote,
    time: inside.time,
    zone: inside.zone,
    text: plainLine(line),
  };
}

/** A line that is only a date (a heading such as `### 2024-10-27` or `**March 15**`). */
function dateOnly(line: string, fallbackYear?: number): { date: CalendarDate; note?: string } | undefined {
  const text = plainLine(line).replace(/:$/, '');
  const found = findDate(text, fallbackYear);
  if (!found) return undefined;
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.length)).replace(
    /[\s,:()—–-]|day|\d|st|nd|rd|th/gi,
    '',
  );
  return rest.length <= 3 && clockTimesIn(text).length === 0 ? { date: found.date, note: found.note } : undefined;
}

/** A table row as `time - text`: the cell holding a time first, a date cell before it. */
function rowAsLine(cells: readonly string[]): string | undefined {
  const timeCell = cells.findIndex((cell) => clockTimesIn(cell).length > 0 || readClock(cell.trim()) !== undefined);
  if (timeCell === -1) return undefined;
  const dateCell = cells.findIndex((cell, index) => index !== timeCell && dateOnly(cell));
  const rest = cells.filter((cell, index) => index !== timeCell && index !== dateCell && cell);
  const when = [dateCell >= 0 ? cells[dateCell] : '', cells[timeCell]].filter(Boolean).join(' ');
  return `${when} - ${rest.join(' — ')}`;
}

/** Splits "12:00pm EAT: Issue was detected. 12:06pm EAT: Ran curl." into its two entries. */
function splitRunOn(text: string): string[] {
  return text.split(
    /(?<=[.!?])\s+(?=(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\d{4}\s?hrs)\s*(?:\(?[A-Z]{2,5}\)?)?\s*[-–—:])/i,
  );
}

export function readTimeline(
  section: { lines: readonly string[]; info?: readonly LineInfo[]; heading?: string },
  fallbackYear?: number,
): ReadTimeline {
  const { lines } = section;
  const info: readonly LineInfo[] =
    section.info ?? lines.map((line) => ({ kind: line.trim() ? 'text' : 'blank' }) as LineInfo);
  const events: WrittenEvent[] = [];
  const leftover: string[] = [];
  let zone: WrittenZone | undefined;
  // "## Timeline (20th December 2023)": the section's heading may date every entry.
  const headed = section.heading ? findDate(section.heading, fallbackYear) : undefined;
  let headingDate: { date: CalendarDate; note?: string } | undefined = headed
    ? { date: headed.date, note: headed.note }
    : undefined;
  // The entry that lines may continue, and whether a time heading is waiting for its text.
  let open: { event: WrittenEvent; item?: number; fromHeading: boolean } | undefined;

  const push = (event: Omit<WrittenEvent, 'source'>, source: string, item: number | undefined, fromHeading = false) => {
    const withDate: WrittenEvent = event.date
      ? { ...event, source }
      : headingDate
        ? { ...event, date: headingDate.date, dateFrom: 'heading', dateNote: headingDate.note, source }
        : { ...event, source };
    events.push(withDate);
    open = { event: withDate, item, fromHeading };
  };

  lines.forEach((line, index) => {
    const about = info[index]!;
    if (about.kind === 'blank') {
      if (open && !open.fromHeading && open.item === undefined) open = undefined;
      return;
    }
    // Log lines in code blocks are evidence, not entries: kept in the body as written.
    // HTML-wrapped lines (`<p>16:15 GMT+1: …</p>`) are read for their text.
    if (about.kind === 'html') {
      const events = splitRunOn(htmlText(line)).flatMap((part) => {
        const event = readEventLine(part, fallbackYear);
        return event?.text ? [{ event, part }] : [];
      });
      for (const { event, part } of events) push(event, part, undefined);
      if (events.length === 0) leftover.push(line);
      return;
    }
    if (about.kind === 'code') {
      leftover.push(line);
      return;
    }
    if (about.kind === 'rule') return;
    if (about.kind === 'table-head') {
      zone ??= about.cells?.map((cell) => statedZone(`time ${cell.replace(/^time\s*/i, '')}`)).find(Boolean);
      return;
    }
    if (about.kind === 'table-row') {
      const asLine = about.cells ? rowAsLine(about.cells) : undefined;
      const event = asLine ? readEventLine(asLine, fallbackYear) : undefined;
      if (event?.text) push(event, line.trim(), undefined);
      else if (about.cells?.some(Boolean)) leftover.push(line);
      return;
    }
    if (about.kind === 'heading') {
      const text = about.heading ?? '';
      const stated = statedZone(text);
      if (stated) zone ??= stated;
      const date = dateOnly(text, fallbackYear);
      if (date) {
        headingDate = date;
        open = undefined;
        return;
      }
      const event = readEventLine(text, fallbackYear);
      if (event) {
        push(event, line.trim(), undefined, !event.text);
        return;
      }
      open = undefined;
      if (!stated) leftover.push(line);
      return;
    }
    // Text: a new entry, the continuation of one, a date, a zone statement, or a note.
    const startsItem = about.itemStart === true;
    const parts = splitRunOn(line);
    const first = readEventLine(parts[0]!, fallbackYear);
    const continues =
      open &&
      !first &&
      ((open.item !== undefined && about.item === open.item && !startsItem) ||
        (open.item === undefined && !startsItem) ||
        open.fromHeading);
    if (first && (first.text || startsItem || about.paragraphStart || !continues)) {
      parts.forEach((part, position) => {
        const event = position === 0 ? first : readEventLine(part, fallbackYear);
        if (event) push(event, part.trim(), about.item);
      });
      return;
    }
    if (continues && open) {
      const extra = plainLine(line);
      open.event.text = open.event.text ? `${open.event.text} ${extra}` : extra;
      open.fromHeading = false;
      return;
    }
    const date = dateOnly(line, fallbackYear) ?? dateStatement(line, fallbackYear);
    if (date) {
      headingDate = date;
      return;
    }
    const stated = statedZone(line);
    if (stated && plainLine(line).length < 120) {
      zone ??= stated;
      return;
    }
    leftover.push(line);
  });
  return { events: events.filter((event) => event.text), leftover, zone };
}
