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

/** One misleading lead: from its event to the next event on the timeline, in milliseconds since the epoch. */
export interface MisleadingSpan {
  from: number;
  to: number;
}

/**
 * Time spent on leads that turned out wrong: from each `misleading` event to
 * the next event of any kind (the timeline is in time order, so the next entry).
 * A misleading event that is the last entry spans no time.
 */
export function misleadingSpans(timeline: readonly TimedEvent[]): MisleadingSpan[] {
  return timeline.flatMap((event, index) => {
    if (event.kind !== 'misleading') return [];
    const from = Date.parse(event.at);
    const next = timeline[index + 1];
    return [{ from, to: next ? Math.max(from, Date.parse(next.at)) : from }];
  });
}

/** How many misleading leads the timeline has and the time they took, summed over misleadingSpans. */
export function misleadingLeads(timeline: readonly TimedEvent[]): MisleadingLeads {
  const spans = misleadingSpans(timeline);
  return { count: spans.length, lostTime: spans.reduce((sum, span) => sum + (span.to - span.from), 0) };
}
