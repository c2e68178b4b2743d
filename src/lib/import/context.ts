/**
 * What a document says once for every timeline entry: the date ("Unless
 * otherwise noted all events happened on 2019-10-21", a `Date:` line, the
 * summary's "on March 14, 2024") and the zone ("## Timeline (all times West
 * African Time)", "All times are in UTC"). Each fact says where it came
 * from, so that an entry using a fact that was not stated for it gets a TODO.
 */
import type { CalendarDate } from '../time/calendar.ts';
import { findDate, type FoundDate } from './when.ts';
import { statedZone, type WrittenZone } from './zones.ts';

/** "Unless otherwise noted, all events happened on 2019-10-21", "All times below are on March 3". */
const DATE_STATEMENT =
  /\b(?:unless (?:otherwise )?(?:noted|stated|specified)|all (?:events|times|entries)|everything (?:below|here)|events below)\b[^.\n]{0,80}?\b(?:on|happened|occurred|are from|date)\b/i;

export function dateStatement(text: string, fallbackYear?: number): FoundDate | undefined {
  const match = DATE_STATEMENT.exec(text);
  if (!match) return undefined;
  return findDate(text.slice(match.index), fallbackYear);
}

export interface Fact<T> {
  value: T;
  /** Set when the value was not stated for the timeline itself: what was assumed. */
  assumed?: string;
}

export interface DateSources {
  given?: string;
  /** The whole document's text outside code, for a date statement. */
  text: string;
  summary: string;
  metadata?: string;
  title: string;
  fileName: string;
  timelineFirstDate?: CalendarDate;
  year?: number;
  /** The date to fall back on when the document states none (the day of the import). */
  today: CalendarDate;
}

/** The incident date, and what was assumed when the document does not state it for the timeline. */
export function incidentDate(sources: DateSources): Fact<CalendarDate> & { note?: string } {
  const given = sources.given ? findDate(sources.given) : undefined;
  if (given) return { value: given.date };
  const statement = dateStatement(sources.text, sources.year);
  if (statement) return { value: statement.date, note: statement.note };
  if (sources.timelineFirstDate) return { value: sources.timelineFirstDate };
  for (const [text, what] of [
    [sources.summary, 'the summary'],
    [sources.metadata ?? '', 'the date line'],
    [sources.title, 'the title'],
  ] as const) {
    const found = findDate(text, sources.year);
    if (found)
      return { value: found.date, note: found.note, assumed: found.note ? `${what}: ${found.note}` : undefined };
  }
  const fromName = findDate(sources.fileName.replace(/[_]/g, '-'));
  if (fromName) return { value: fromName.date, assumed: `the date is taken from the file name ${sources.fileName}` };
  const anywhere = findDate(sources.text, sources.year);
  if (anywhere) {
    const near = sources.text.slice(anywhere.index, anywhere.index + anywhere.length);
    return { value: anywhere.date, assumed: `the only date written is "${near}", further down the document` };
  }
  return {
    value: sources.today,
    assumed: 'no date is written anywhere in the document; the day of the import was used',
  };
}

/** The first zone statement among the texts, in order of how closely they speak for the timeline. */
export function documentZone(texts: readonly string[]): WrittenZone | undefined {
  for (const text of texts) {
    const zone = statedZone(text);
    if (zone) return zone;
  }
  return undefined;
}
