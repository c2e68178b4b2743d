/** Timeline rows as the page shows them: local time, date changes, time since start. */
import { formatDuration } from './time/duration.ts';
import type { TimedEvent } from '../schema/timeline-rules.ts';
import { zonedTime, type ZonedTime } from './time/format.ts';

export interface TimelineRow<Event extends TimedEvent> {
  event: Event;
  time: ZonedTime;
  /** Set on the first row and whenever the local date changes. */
  newDate?: string;
  /** "T+1 h 15 min" from the start; undefined for events before the start. */
  sinceStart?: string;
}

export function timelineRows<Event extends TimedEvent>(
  timeline: readonly Event[],
  timeZone: string,
): TimelineRow<Event>[] {
  const start = timeline.find((event) => event.kind === 'started');
  const startTime = start ? Date.parse(start.at) : undefined;
  let previousDate: string | undefined;
  return timeline.map((event) => {
    const instant = new Date(event.at);
    const time = zonedTime(instant, timeZone);
    const elapsed = startTime === undefined ? undefined : instant.getTime() - startTime;
    const row: TimelineRow<Event> = {
      event,
      time,
      newDate: time.date !== previousDate ? time.date : undefined,
      sinceStart: elapsed !== undefined && elapsed > 0 ? `+${formatDuration(elapsed)}` : undefined,
    };
    previousDate = time.date;
    return row;
  });
}
