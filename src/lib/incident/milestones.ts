/** Incident durations, computed from timeline instants (never from wall-clock fields). */
import type { TimedEvent } from '../../schema/timeline-rules.ts';

export interface IncidentDurations {
  /** detected - started, in milliseconds. */
  timeToDetect: number;
  /** mitigated - detected. */
  timeToMitigate: number;
  /** mitigated - started (= TTD + TTM). */
  impactDuration: number;
  /** resolved - started, when the incident has a resolved event. */
  timeToResolve?: number;
}

export interface IncidentMilestones {
  started: Date;
  detected: Date;
  mitigated: Date;
  resolved?: Date;
}

/** The milestone instants of a valid timeline. */
export function incidentMilestones(timeline: readonly TimedEvent[]): IncidentMilestones {
  const find = (kind: string) => timeline.find((event) => event.kind === kind);
  const required = (kind: string) => {
    const event = find(kind);
    if (!event) throw new Error(`timeline has no "${kind}" event`);
    return new Date(event.at);
  };
  const resolved = find('resolved');
  return {
    started: required('started'),
    detected: required('detected'),
    mitigated: required('mitigated'),
    resolved: resolved ? new Date(resolved.at) : undefined,
  };
}

/** TTD, TTM, impact duration and time to resolve of a valid timeline. */
export function incidentDurations(timeline: readonly TimedEvent[]): IncidentDurations {
  const { started, detected, mitigated, resolved } = incidentMilestones(timeline);
  return {
    timeToDetect: detected.getTime() - started.getTime(),
    timeToMitigate: mitigated.getTime() - detected.getTime(),
    impactDuration: mitigated.getTime() - started.getTime(),
    timeToResolve: resolved ? resolved.getTime() - started.getTime() : undefined,
  };
}

export interface MisleadingLeads {
  /** How many `misleading` events the timeline has. */
  count: number;
  /** Milliseconds from each misleading event to the event after it, summed; a last event counts nothing. */
  lostTime: number;
}

/**
 * Time spent on leads that turned out wrong: from each `misleading` event to
 * the next event of any kind (the timeline is in time order, so the next entry).
 */
export function misleadingLeads(timeline: readonly TimedEvent[]): MisleadingLeads {
  let count = 0;
  let lostTime = 0;
  timeline.forEach((event, index) => {
    if (event.kind !== 'misleading') return;
    count += 1;
    const next = timeline[index + 1];
    if (next) lostTime += Math.max(0, Date.parse(next.at) - Date.parse(event.at));
  });
  return { count, lostTime };
}
