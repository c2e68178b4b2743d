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
