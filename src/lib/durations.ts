/** Incident durations, computed from timeline instants (never from wall-clock fields). */
import type { TimedEvent } from './timeline-rules.ts';

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

const MINUTE = 60_000;

/** Whole minutes, rounded, as the exports and charts use them. */
export function toMinutes(milliseconds: number): number {
  return Math.round(milliseconds / MINUTE);
}

/** A duration as people read it: "45 s", "14 min", "2 h 05 min", "3 d 4 h". */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < MINUTE) return `${Math.round(milliseconds / 1000)} s`;
  const totalMinutes = toMinutes(milliseconds);
  if (totalMinutes < 60) return `${totalMinutes} min`;
  const minutes = totalMinutes % 60;
  const totalHours = Math.floor(totalMinutes / 60);
  if (totalHours < 24) return `${totalHours} h ${String(minutes).padStart(2, '0')} min`;
  const days = Math.floor(totalHours / 24);
  const hours = totalHours % 24;
  return hours === 0 && minutes === 0
    ? `${days} d`
    : `${days} d ${hours} h${minutes ? ` ${String(minutes).padStart(2, '0')} min` : ''}`;
}

/** The same duration for screen readers and `<time datetime>`: ISO 8601 "PT2H5M". */
export function isoDuration(milliseconds: number): string {
  const totalSeconds = Math.round(milliseconds / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || totalSeconds === 0 ? `${seconds}S` : ''}`;
}
