/** Incidents, impact and median TTD/TTM per service or per team, ranked by how many incidents each has. */
import { median } from './percentiles.ts';
import { minutes, type InsightIncident } from './types.ts';

type Ranked = Pick<InsightIncident, 'timeToDetect' | 'timeToMitigate' | 'impactDuration'>;

export interface RankedGroup {
  id: string;
  /** Incidents naming this service or team; also the n of its medians. */
  incidents: number;
  /** Impact durations summed, in minutes. */
  impactMinutes: number;
  /** Median minutes; undefined under the minimum sample (see percentiles.ts). */
  timeToDetect?: number;
  timeToMitigate?: number;
}

/**
 * One row per id that `keysOf` gives for some incident (an incident with two
 * services counts for both), most incidents first, then most impact, then by id.
 */
export function rankIncidentsBy<T extends Ranked>(
  incidents: readonly T[],
  keysOf: (incident: T) => readonly string[],
): RankedGroup[] {
  const groups = new Map<string, T[]>();
  for (const incident of incidents) {
    for (const key of new Set(keysOf(incident))) {
      const group = groups.get(key);
      if (group) group.push(incident);
      else groups.set(key, [incident]);
    }
  }
  return [...groups]
    .map(([id, items]) => ({
      id,
      incidents: items.length,
      impactMinutes: items.reduce((sum, incident) => sum + minutes(incident.impactDuration), 0),
      timeToDetect: median(items.map((incident) => minutes(incident.timeToDetect))),
      timeToMitigate: median(items.map((incident) => minutes(incident.timeToMitigate))),
    }))
    .sort((a, b) => b.incidents - a.incidents || b.impactMinutes - a.impactMinutes || a.id.localeCompare(b.id));
}
