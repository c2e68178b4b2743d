/**
 * The one table of time-zone names the importer knows: abbreviations
 * (`PDT`, `WAT`, `IST`), long names (`West African Time`) and UTC offsets.
 * An ambiguous abbreviation is read the way it is most often meant and
 * carries a note, which the importer writes as a TODO; so does a standard
 * abbreviation written for a date when that zone keeps daylight time (and
 * the reverse), because people write "PST" for Pacific time all year.
 */
import { isRealOffset } from '../time/validity.ts';
import { isValidTimeZone } from '../time/zones.ts';
import { offsetMinutesOn } from '../time/zoned.ts';

/** A zone as written: a fixed offset (PDT, UTC+2) and/or the IANA zone it belongs to (PT, Pacific). */
export interface WrittenZone {
  /** As it appeared, e.g. `PDT`. */
  text: string;
  /** Fixed offset in minutes east of UTC, when the name implies one. */
  offset?: number;
  /** The IANA zone it suggests for the page. */
  zone?: string;
  /** What was assumed in reading it, when the name has more than one meaning. */
  note?: string;
  /** For a name that implies standard or daylight time in a zone that has both. */
  season?: 'standard' | 'daylight';
}

interface ZoneEntry {
  offset?: number;
  zone: string;
  season?: 'standard' | 'daylight';
  /** Other readings, for an ambiguous abbreviation. */
  ambiguous?: string;
}

const LA = 'America/Los_Angeles';
const DENVER = 'America/Denver';
const CHICAGO = 'America/Chicago';
const NY = 'America/New_York';
const LONDON = 'Europe/London';

/** Abbreviations, upper case. Ambiguous ones hold their most common reading in incident reports. */
const ABBREVIATIONS: Record<string, ZoneEntry> = {
  UTC: { offset: 0, zone: 'UTC' },
  UT: { offset: 0, zone: 'UTC' },
  GMT: { offset: 0, zone: 'UTC' },
  Z: { offset: 0, zone: 'UTC' },
  ZULU: { offset: 0, zone: 'UTC' },
  // North America
  PST: { offset: -480, zone: LA, season: 'standard' },
  PDT: { offset: -420, zone: LA, season: 'daylight' },
  PT: { zone: LA },
  MST: { offset: -420, zone: DENVER, season: 'standard' },
  MDT: { offset: -360, zone: DENVER, season: 'daylight' },
  MT: { zone: DENVER },
  CST: {
    offset: -360,
    zone: CHICAGO,
    season: 'standard',
    ambiguous: 'China Standard Time (UTC+8) or Cuba Standard Time (UTC-5)',
  },
  CDT: { offset: -300, zone: CHICAGO, season: 'daylight' },
  CT: { zone: CHICAGO },
  EST: { offset: -300, zone: NY, season: 'standard' },
  EDT: { offset: -240, zone: NY, season: 'daylight' },
  ET: { zone: NY },
  AKST: { offset: -540, zone: 'America/Anchorage', season: 'standard' },
  AKDT: { offset: -480, zone: 'America/Anchorage', season: 'daylight' },
  HST: { offset: -600, zone: 'Pacific/Honolulu' },
  AST: {
    offset: -240,
    zone: 'America/Halifax',
    season: 'standard',
    ambiguous: 'Arabia Standard Time (UTC+3)',
  },
  ADT: { offset: -180, zone: 'America/Halifax', season: 'daylight' },
  NST: { offset: -210, zone: 'America/St_Johns', season: 'standard' },
  NDT: { offset: -150, zone: 'America/St_Johns', season: 'daylight' },
  // South America
  BRT: { offset: -180, zone: 'America/Sao_Paulo' },
  ART: { offset: -180, zone: 'America/Argentina/Buenos_Aires' },
  CLT: { offset: -240, zone: 'America/Santiago', season: 'standard' },
  CLST: { offset: -180, zone: 'America/Santiago', season: 'daylight' },
  COT: { offset: -300, zone: 'America/Bogota' },
  PET: { offset: -300, zone: 'America/Lima' },
  VET: { offset: -240, zone: 'America/Caracas' },
  // Europe
  WET: { offset: 0, zone: 'Europe/Lisbon', season: 'standard' },
  WEST: { offset: 60, zone: 'Europe/Lisbon', season: 'daylight' },
  BST: {
    offset: 60,
    zone: LONDON,
    season: 'daylight',
    ambiguous: 'Bangladesh Standard Time (UTC+6)',
  },
  IRST: { offset: 210, zone: 'Asia/Tehran' },
  CET: { offset: 60, zone: 'Europe/Berlin', season: 'standard' },
  CEST: { offset: 120, zone: 'Europe/Berlin', season: 'daylight' },
  MEZ: { offset: 60, zone: 'Europe/Berlin', season: 'standard' },
  MESZ: { offset: 120, zone: 'Europe/Berlin', season: 'daylight' },
  EET: { offset: 120, zone: 'Europe/Helsinki', season: 'standard' },
  EEST: { offset: 180, zone: 'Europe/Helsinki', season: 'daylight' },
  MSK: { offset: 180, zone: 'Europe/Moscow' },
  TRT: { offset: 180, zone: 'Europe/Istanbul' },
  // Africa
  WAT: { offset: 60, zone: 'Africa/Lagos' },
  CAT: { offset: 120, zone: 'Africa/Maputo' },
  EAT: { offset: 180, zone: 'Africa/Nairobi' },
  SAST: { offset: 120, zone: 'Africa/Johannesburg' },
  // Asia
  IST: {
    offset: 330,
    zone: 'Asia/Kolkata',
    ambiguous: 'Irish Standard Time (UTC+1) or Israel Standard Time (UTC+2)',
  },
  PKT: { offset: 300, zone: 'Asia/Karachi' },
  NPT: { offset: 345, zone: 'Asia/Kathmandu' },
  ICT: { offset: 420, zone: 'Asia/Bangkok' },
  WIB: { offset: 420, zone: 'Asia/Jakarta' },
  SGT: { offset: 480, zone: 'Asia/Singapore' },
  MYT: { offset: 480, zone: 'Asia/Kuala_Lumpur' },
  HKT: { offset: 480, zone: 'Asia/Hong_Kong' },
  PHT: { offset: 480, zone: 'Asia/Manila' },
  JST: { offset: 540, zone: 'Asia/Tokyo' },
  KST: { offset: 540, zone: 'Asia/Seoul' },
  GST: { offset: 240, zone: 'Asia/Dubai', ambiguous: 'South Georgia Time (UTC-2)' },
  AFT: { offset: 270, zone: 'Asia/Kabul' },
  // Oceania
  AWST: { offset: 480, zone: 'Australia/Perth' },
  ACST: { offset: 570, zone: 'Australia/Adelaide', season: 'standard' },
  ACDT: { offset: 630, zone: 'Australia/Adelaide', season: 'daylight' },
  AEST: { offset: 600, zone: 'Australia/Sydney', season: 'standard' },
  AEDT: { offset: 660, zone: 'Australia/Sydney', season: 'daylight' },
  NZST: { offset: 720, zone: 'Pacific/Auckland', season: 'standard' },
  NZDT: { offset: 780, zone: 'Pacific/Auckland', season: 'daylight' },
};

/** Long names, as a pattern (lower case, words separated by spaces) and the abbreviation they mean. */
const LONG_NAMES: [RegExp, string][] = [
  [/^coordinated universal time|^universal time/, 'UTC'],
  [/^greenwich mean time/, 'GMT'],
  [/^pacific standard time/, 'PST'],
  [/^pacific daylight time/, 'PDT'],
  [/^pacific time/, 'PT'],
  [/^mountain standard time/, 'MST'],
  [/^mountain daylight time/, 'MDT'],
  [/^mountain time/, 'MT'],
  [/^central standard time/, 'CST'],
  [/^central daylight time/, 'CDT'],
  [/^central time/, 'CT'],
  [/^eastern standard time/, 'EST'],
  [/^eastern daylight time/, 'EDT'],
  [/^eastern time/, 'ET'],
  [/^british summer time/, 'BST!'],
  [/^western european summer time/, 'WEST'],
  [/^western european (standard )?time/, 'WET'],
  [/^central european summer time/, 'CEST'],
  [/^central european (standard )?time/, 'CET'],
  [/^eastern european summer time/, 'EEST'],
  [/^eastern european (standard )?time/, 'EET'],
  [/^moscow (standard )?time/, 'MSK'],
  [/^west(ern)? africa(n)? (standard )?time/, 'WAT'],
  [/^central africa(n)? (standard )?time/, 'CAT'],
  [/^east(ern)? africa(n)? (standard )?time/, 'EAT'],
  [/^south africa(n)? (standard )?time/, 'SAST'],
  [/^india(n)? standard time/, 'IST!'],
  [/^pakistan standard time/, 'PKT'],
  [/^china standard time/, 'CHINA'],
  [/^japan standard time/, 'JST'],
  [/^korea(n)? standard time/, 'KST'],
  [/^singapore (standard )?time/, 'SGT'],
  [/^australian eastern standard time/, 'AEST'],
  [/^australian eastern daylight time/, 'AEDT'],
  [/^new zealand standard time/, 'NZST'],
  [/^new zealand daylight time/, 'NZDT'],
];

/** Readings of an abbreviation that its long name makes unambiguous. */
const UNAMBIGUOUS: Record<string, ZoneEntry> = {
  'BST!': { offset: 60, zone: LONDON, season: 'daylight' },
  'IST!': { offset: 330, zone: 'Asia/Kolkata' },
  CHINA: { offset: 480, zone: 'Asia/Shanghai' },
};

function fromEntry(text: string, entry: ZoneEntry): WrittenZone {
  return {
    text,
    offset: entry.offset,
    zone: entry.zone,
    season: entry.season,
    note: entry.ambiguous ? `"${text}" was read as ${describe(entry)}; it can also mean ${entry.ambiguous}` : undefined,
  };
}

function describe(entry: ZoneEntry): string {
  return entry.offset === undefined ? entry.zone : `${entry.zone} (${utcOffsetText(entry.offset)})`;
}

export function utcOffsetText(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** An offset written `UTC+2`, `GMT-05:00`, `UTC +1`, `+05:30`. */
const OFFSET = /^(?:(UTC|GMT)\s*([+-−])\s*(\d{1,2})(?::?(\d{2}))?|([+-])(\d{2}):?(\d{2}))$/i;

/** A zone name or offset as written (`PDT`, `(UTC)`, `UTC+2`, `+05:30`), or undefined if it is not one. */
export function readZone(text: string): WrittenZone | undefined {
  const cleaned = text.replace(/[()[\]]/g, '').trim();
  const offset = OFFSET.exec(cleaned);
  if (offset) {
    const sign = (offset[2] ?? offset[5]) === '+' ? 1 : -1;
    const hours = Number(offset[3] ?? offset[6]);
    const rest = Number(offset[4] ?? offset[7] ?? 0);
    if (!isRealOffset(hours, rest)) return undefined;
    const minutes = sign * (hours * 60 + rest);
    return { text: cleaned, offset: minutes, zone: minutes === 0 ? 'UTC' : undefined };
  }
  if (/^[A-Z][a-z]+(?:\/[A-Z][A-Za-z_]+)+$/.test(cleaned) && isValidTimeZone(cleaned))
    return { text: cleaned, zone: cleaned };
  const entry = ABBREVIATIONS[cleaned.toUpperCase()];
  if (entry && (cleaned === cleaned.toUpperCase() || /^(utc|gmt)$/i.test(cleaned))) return fromEntry(cleaned, entry);
  return undefined;
}

/** A long zone name at the start of `text` (`West African Time`, `Eastern Time`), and the length it took. */
export function readLongZone(text: string): { zone: WrittenZone; length: number } | undefined {
  const words = /^[A-Za-z]+(?:\s+[A-Za-z]+){1,4}/.exec(text)?.[0];
  if (!words) return undefined;
  const lower = words.toLowerCase().replace(/\s+/g, ' ');
  for (const [pattern, key] of LONG_NAMES) {
    const match = pattern.exec(lower);
    if (!match) continue;
    const entry = UNAMBIGUOUS[key] ?? ABBREVIATIONS[key]!;
    // Count the characters of the words matched in the original text (spacing may differ).
    const wordCount = match[0].trim().split(' ').length;
    const length = /^[A-Za-z]+(?:\s+[A-Za-z]+)*/
      .exec(text)![0]
      .split(/(\s+)/)
      .slice(0, wordCount * 2 - 1)
      .join('').length;
    const written = text.slice(0, length);
    return { zone: { ...fromEntry(written, entry), note: undefined }, length };
  }
  return undefined;
}

/**
 * A zone right after a time: `UTC`, `(PDT)`, `UTC+1`, `GMT + 1`, `West African Time`, `(EAT)`.
 * Returns the zone and the characters it took, or undefined.
 */
export function zoneAfter(text: string): { zone: WrittenZone; length: number } | undefined {
  const lead = /^\s*\(?\s*/.exec(text)![0];
  const rest = text.slice(lead.length);
  const offset = /^(?:UTC|GMT)\s*[+-−]\s*\d{1,2}(?::?\d{2})?(?!\d|:\d)/i.exec(rest);
  if (offset) {
    const zone = readZone(offset[0].replace(/\s+/g, '').replace('−', '-'));
    if (zone) return { zone, length: lead.length + offset[0].length + closing(rest.slice(offset[0].length), lead) };
  }
  const long = readLongZone(rest);
  if (long) {
    const tail = rest.slice(long.length);
    const abbreviation = /^\s*\(\s*[A-Z]{2,5}\s*\)/.exec(tail)?.[0] ?? '';
    return { zone: long.zone, length: lead.length + long.length + abbreviation.length + closing(tail, lead) };
  }
  const word = /^(?:[A-Z][a-z]+(?:\/[A-Za-z_]+)+|[A-Za-z]{1,5})(?![A-Za-z/])/.exec(rest);
  if (word) {
    const zone = readZone(word[0]);
    if (zone) return { zone, length: lead.length + word[0].length + closing(rest.slice(word[0].length), lead) };
  }
  return undefined;
}

function closing(text: string, lead: string): number {
  return lead.includes('(') ? (/^\s*\)/.exec(text)?.[0].length ?? 0) : 0;
}

/**
 * Checks a season-specific name against the date it is written for. "PST" on a
 * July date is almost always Pacific local time (then PDT): it is read as the
 * zone's local time, with a note saying so.
 */
export function zoneForDate(zone: WrittenZone, date: { year: number; month: number; day: number }): WrittenZone {
  if (!zone.season || zone.offset === undefined || !zone.zone) return zone;
  const actual = offsetMinutesOn(date, zone.zone);
  if (actual === zone.offset) return zone;
  const other = zone.season === 'standard' ? 'daylight' : 'standard';
  return {
    ...zone,
    offset: undefined,
    note: `"${zone.text}" is ${zone.season} time, but ${zone.zone} was on ${other} time (${utcOffsetText(actual)}) that day; read as local time there${zone.note ? `; ${zone.note}` : ''}`,
  };
}

/**
 * A statement of the zone every time is in: "All times are in UTC",
 * "(all times West African Time)", "Times: CET", "Timeline (PDT)", "Time zone: EAT".
 */
export function statedZone(text: string): WrittenZone | undefined {
  const patterns = [
    /\b(?:all\s+)?times?\b(?:\s+(?:are|is|were|shown|given|listed|noted|below|above|here))*\s*(?:in|:|=|-|–)?\s*/gi,
    /\btime\s*zone\s*(?:is|:|-|–)?\s*/gi,
    /\btimeline\s*\(\s*/gi,
    /^\s*\(\s*/g,
  ];
  for (const pattern of patterns) {
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const after = text.slice(match.index + match[0].length).replace(/^the\s+/i, '');
      const found = zoneAfter(after);
      if (found && !/^\s*\d/.test(after)) return found.zone;
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  return undefined;
}
