/** Dates, clock times and zone names as people write them in postmortems. */
import { formatOffset, isoWithOffset, wallTimeInZone } from '../scaffold/zoned-time.ts';

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** A zone as written: a fixed offset (PDT, UTC+2) and/or the IANA zone it belongs to (PT, Pacific). */
export interface WrittenZone {
  /** As it appeared, e.g. `PDT`. */
  text: string;
  /** Fixed offset in minutes, when the name implies one. */
  offset?: number;
  /** The IANA zone it suggests for the page. */
  zone?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

const DATE_PATTERNS: { regex: RegExp; read: (match: RegExpExecArray) => Partial<CalendarDate> }[] = [
  { regex: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  {
    regex: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\b`, 'i'),
    read: (m) => ({
      month: MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1,
      day: +m[2]!,
      year: m[3] ? +m[3] : undefined,
    }),
  },
  {
    regex: new RegExp(`\\b${WEEKDAY}${DAY}\\.?\\s+${MONTH},?(?:\\s+${YEAR})?\\b`, 'i'),
    read: (m) => ({
      day: +m[1]!,
      month: MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1,
      year: m[3] ? +m[3] : undefined,
    }),
  },
  {
    // 03/14/2024 or 14/03/2024, only when the order is unambiguous.
    regex: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
    read: (m) => {
      const [first, second] = [+m[1]!, +m[2]!];
      if (first > 12 && second <= 12) return { day: first, month: second, year: +m[3]! };
      if (second > 12 && first <= 12) return { month: first, day: second, year: +m[3]! };
      return {};
    },
  },
];

function isReal({ year, month, day }: CalendarDate): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export interface FoundDate {
  date: CalendarDate;
  index: number;
  length: number;
}

/** The first date written in `text`; a date without a year takes `fallbackYear`. */
export function findDate(text: string, fallbackYear?: number): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { regex, read } of DATE_PATTERNS) {
    const match = regex.exec(text);
    if (!match) continue;
    const parts = read(match);
    const year = parts.year ?? fallbackYear;
    if (!parts.month || !parts.day || !year) continue;
    const date = { year, month: parts.month, day: parts.day };
    if (!isReal(date)) continue;
    if (!best || match.index < best.index) best = { date, index: match.index, length: match[0].length };
  }
  return best;
}

export const formatDate = ({ year, month, day }: CalendarDate) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const next = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

const LA = 'America/Los_Angeles';
const NY = 'America/New_York';
const CHICAGO = 'America/Chicago';
const DENVER = 'America/Denver';
const BERLIN = 'Europe/Berlin';

/** Zone names common in postmortems. Ambiguous ones (IST, CST in Asia) are read the way US and EU teams use them. */
const ZONES: Record<string, Omit<WrittenZone, 'text'>> = {
  UTC: { offset: 0, zone: 'UTC' },
  GMT: { offset: 0, zone: 'UTC' },
  Z: { offset: 0, zone: 'UTC' },
  PST: { offset: -480, zone: LA },
  PDT: { offset: -420, zone: LA },
  PT: { zone: LA },
  PACIFIC: { zone: LA },
  EST: { offset: -300, zone: NY },
  EDT: { offset: -240, zone: NY },
  ET: { zone: NY },
  EASTERN: { zone: NY },
  CST: { offset: -360, zone: CHICAGO },
  CDT: { offset: -300, zone: CHICAGO },
  CT: { zone: CHICAGO },
  CENTRAL: { zone: CHICAGO },
  MST: { offset: -420, zone: DENVER },
  MDT: { offset: -360, zone: DENVER },
  MT: { zone: DENVER },
  MOUNTAIN: { zone: DENVER },
  CET: { offset: 60, zone: BERLIN },
  CEST: { offset: 120, zone: BERLIN },
  BST: { offset: 60, zone: 'Europe/London' },
  WET: { offset: 0, zone: 'Europe/Lisbon' },
  WEST: { offset: 60, zone: 'Europe/Lisbon' },
  EET: { offset: 120, zone: 'Europe/Helsinki' },
  EEST: { offset: 180, zone: 'Europe/Helsinki' },
  JST: { offset: 540, zone: 'Asia/Tokyo' },
  SGT: { offset: 480, zone: 'Asia/Singapore' },
  AEST: { offset: 600, zone: 'Australia/Sydney' },
  AEDT: { offset: 660, zone: 'Australia/Sydney' },
  NZST: { offset: 720, zone: 'Pacific/Auckland' },
  NZDT: { offset: 780, zone: 'Pacific/Auckland' },
};

/** A zone name or offset as written (`PDT`, `(UTC)`, `UTC+2`, `+05:30`), or undefined if it is not one. */
export function readZone(text: string): WrittenZone | undefined {
  const cleaned = text.replace(/[()[\]]/g, '').trim();
  const offset = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(cleaned);
  if (offset && (/^(UTC|GMT)/i.test(cleaned) || /^[+-]\d{2}:?\d{2}$/.test(cleaned))) {
    const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
    return { text: cleaned, offset: minutes, zone: minutes === 0 ? 'UTC' : undefined };
  }
  const known = ZONES[cleaned.toUpperCase()];
  return known ? { text: cleaned, ...known } : undefined;
}

/** "All times are in UTC", "(all times UTC)", "Times: CET": the zone a document says it uses. */
export function statedZone(text: string): WrittenZone | undefined {
  const pattern =
    /\btimes?\b\s*(?:are\s+|shown\s+|given\s+)*(?:in\s+|:\s*)?([A-Za-z]+(?:\/[A-Za-z_]+)?(?:[+-]\d{1,2}(?::?\d{2})?)?)/gi;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const word = match[1]!;
    const from = text.slice(match.index + match[0].length - word.length);
    if (/^[A-Z][a-z]+\/[A-Za-z_]+$/.test(word)) return { text: word, zone: word };
    if (/^central european/i.test(from)) return { text: 'Central European Time', zone: BERLIN };
    const zone = readZone(word);
    if (zone) return zone;
  }
  return undefined;
}

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

const CLOCK = /^(\d{1,2})[:.h](\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?(?![a-z]))?/i;

/** `10:42 AM`, `9:15am`, `23:40`, `14.05` at the start of `text`, and the length it took. */
export function readClock(text: string): { time: ClockTime; length: number } | undefined {
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3] ?? 0);
  const meridiem = match[4]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return { time: { hour, minute, second }, length: match[0].length };
}

/** Every clock time written in prose (`from 10:42 AM to 11:58 AM UTC`), in order, with any zone after it. */
export function clockTimesIn(text: string): { time: ClockTime; zone?: WrittenZone }[] {
  const found: { time: ClockTime; zone?: WrittenZone }[] = [];
  const pattern = /(?<![\d:.])\d{1,2}[:.]\d{2}/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const clock = readClock(text.slice(match.index));
    if (!clock) continue;
    const after = /^\s*\(?([A-Za-z]{1,7}(?:[+-]\d{1,2}(?::?\d{2})?)?)\)?/.exec(text.slice(match.index + clock.length));
    found.push({ time: clock.time, zone: after ? readZone(after[1]!) : undefined });
    pattern.lastIndex = match.index + clock.length;
  }
  return found;
}

/** A date, clock time and zone as an ISO instant; a zone without a fixed offset is resolved for that date (DST). */
export function instantOf(
  date: CalendarDate,
  time: ClockTime,
  zone: WrittenZone,
): { ok: true; iso: string } | { ok: false; message: string } {
  if (zone.offset !== undefined) {
    const epoch =
      Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute, time.second) - zone.offset * 60_000;
    return { ok: true, iso: isoWithOffset(epoch, zone.offset) };
  }
  const result = wallTimeInZone({ ...date, ...time }, zone.zone ?? 'UTC');
  return result.ok ? { ok: true, iso: result.iso } : { ok: false, message: result.message };
}

export { formatOffset };
