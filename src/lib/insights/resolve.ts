/** Time to resolve (started to resolved) per quarter, for the incidents whose timeline has a resolved event. */
import { byQuarter, dayNumber } from '../time/calendar.ts';
import { median } from './percentiles.ts';
import { minutes, type InsightIncident } from './types.ts';

type Resolvable = Pick<InsightIncident, 'date' | 'startedAt' | 'timeToResolve'>;

export interface QuarterResolve {
  quarter: string;
  incidents: number;
  /** Incidents with a resolved event: the n of the median. */
  resolved: number;
  /** Median minutes; undefined under the minimum sample. */
  median?: number;
}

/** Every quarter from the first incident's to the last's, empty quarters included. */
export function resolveByQuarter(incidents: readonly Resolvable[]): QuarterResolve[] {
  return byQuarter(incidents, (incident) => incident.date).map(({ quarter, items }) => {
    const times = items.flatMap((incident) =>
      incident.timeToResolve === undefined ? [] : [minutes(incident.timeToResolve)],
    );
    return { quarter, incidents: items.length, resolved: times.length, median: median(times) };
  });
}

/** One point per resolved incident, oldest first: day number of its start date and minutes to resolve. */
export function resolvePoints(incidents: readonly Resolvable[]): { days: number[]; minutes: number[] } {
  const resolved = incidents
    .filter((incident) => incident.timeToResolve !== undefined)
    .sort((a, b) => a.startedAt - b.startedAt);
  return {
    days: resolved.map((incident) => dayNumber(incident.date)),
    minutes: resolved.map((incident) => minutes(incident.timeToResolve!)),
  };
}
