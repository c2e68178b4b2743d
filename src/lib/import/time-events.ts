/**
 * Timeline entries given instants. An entry without a date takes the date
 * above it or the incident date; without a zone, the zone the document
 * states, or else the one its other lines use, with a TODO. A time earlier
 * than the line before is kept on its date and flagged: rolling it into the
 * next day would move every later entry by a day when the author only
 * slipped.
 */
import type { WrittenEvent } from './timeline.ts';
import { compareDates, isoDate, type CalendarDate } from '../time/calendar.ts';
import { instantOf } from './when.ts';
import { zoneForDate, type WrittenZone } from './zones.ts';

export interface TimedEvent extends WrittenEvent {
  at: string;
  epoch: number;
  /** What was assumed in giving this entry its instant; becomes the TODO on its line. */
  assumptions: string[];
  /** Set when its time is earlier than the line before (an author's slip, most likely). */
  backwards?: boolean;
}

export interface TimingContext {
  incidentDate: CalendarDate;
  /** Set when the incident date was not stated for the timeline. */
  dateAssumed?: string;
  /** Set when the incident spans several days and entries carry no date of their own. */
  multiDay?: string;
  /** The zone stated for every entry (by the document, the section or the user). */
  statedZone?: WrittenZone;
  /** The zone to use when nothing is stated, and why. */
  fallbackZone: { zone: WrittenZone; why: string };
}

const clock = (event: WrittenEvent) =>
  `${String(event.time.hour).padStart(2, '0')}:${String(event.time.minute).padStart(2, '0')}`;

export function timeEvents(
  events: readonly WrittenEvent[],
  context: TimingContext,
): { events: TimedEvent[]; notes: string[] } {
  const timed: TimedEvent[] = [];
  const notes: string[] = [];
  let previous: { event: WrittenEvent; date: CalendarDate; minutes: number } | undefined;
  for (const event of events) {
    const assumptions: string[] = [];
    const date = event.date ?? previous?.date ?? context.incidentDate;
    if (event.dateNote) assumptions.push(event.dateNote);
    if (!event.date && !previous?.event.date) {
      if (context.dateAssumed) assumptions.push(`no date on this line: ${context.dateAssumed}`);
      else if (context.multiDay) assumptions.push(`no date on this line, and ${context.multiDay}`);
    } else if (!event.date && compareDates(date, context.incidentDate) !== 0) {
      assumptions.push(`no date on this line; ${isoDate(date)} was taken from the line above`);
    }
    const minutes = event.time.hour * 60 + event.time.minute;
    let backwards = false;
    if (previous && compareDates(date, previous.date) === 0 && minutes < previous.minutes) {
      assumptions.push(
        `${clock(event)} is earlier than the line before (${clock(previous.event)}); kept on ${isoDate(date)} as written: if it is the next day, change the date`,
      );
      notes.push(`"${event.source}" is earlier than the line before; it was kept on the same day and flagged`);
      backwards = true;
    }
    let zone: WrittenZone;
    if (event.zone) zone = event.zone;
    else if (context.statedZone) zone = context.statedZone;
    else {
      zone = context.fallbackZone.zone;
      assumptions.push(`no zone on this line; ${context.fallbackZone.why}`);
    }
    zone = zoneForDate(zone, date);
    if (zone.note) assumptions.push(zone.note);
    const instant = instantOf(date, event.time, zone);
    if (!instant.ok) {
      notes.push(`"${event.source}": ${instant.message}; it is kept in the body instead`);
      continue;
    }
    timed.push({ ...event, date, at: instant.iso, epoch: Date.parse(instant.iso), assumptions, backwards });
    previous = { event: { ...event, date: event.date ?? previous?.event.date }, date, minutes };
  }
  return { events: timed, notes };
}
