/**
 * Time lost to misleading leads: per incident and across incidents. Each
 * incident carries its misleading-lead count and the time they took (from
 * each `misleading` timeline event to the next event, summed; defined in
 * src/lib/incident/milestones.ts); this module only ranks and sums them.
 */
import { median } from './percentiles.ts';
import { minutes, type InsightIncident } from './types.ts';

type LeadFields = Pick<InsightIncident, 'id' | 'startedAt' | 'misleadingLeads' | 'misleadingTime' | 'impactDuration'>;

export interface MisleadingIncident<T> {
  incident: T;
  leads: number;
  /** Minutes lost, unrounded. */
  minutesLost: number;
  /** Minutes lost as a percent of the incident's impact duration; undefined when that is zero. */
  shareOfImpact?: number;
}

/** Incidents with at least one misleading lead, most time lost first (then newest first). */
export function misleadingIncidents<T extends LeadFields>(incidents: readonly T[]): MisleadingIncident<T>[] {
  return incidents
    .filter((incident) => incident.misleadingLeads > 0)
    .map((incident) => ({
      incident,
      leads: incident.misleadingLeads,
      minutesLost: minutes(incident.misleadingTime),
      ...(incident.impactDuration > 0
        ? { shareOfImpact: (incident.misleadingTime / incident.impactDuration) * 100 }
        : {}),
    }))
    .sort(
      (a, b) =>
        b.minutesLost - a.minutesLost ||
        b.incident.startedAt - a.incident.startedAt ||
        a.incident.id.localeCompare(b.incident.id),
    );
}

export interface MisleadingSummary {
  incidents: number;
  /** Incidents with at least one misleading lead. */
  affected: number;
  leads: number;
  /** Minutes lost over all incidents. */
  totalMinutes: number;
  /** Median minutes lost per affected incident; undefined with fewer than MIN_SAMPLE.median of them. */
  medianMinutes?: number;
  /** Impact minutes of the affected incidents, summed: what the time lost is a share of. */
  affectedImpactMinutes: number;
}

export function misleadingSummary(incidents: readonly LeadFields[]): MisleadingSummary {
  const affected = misleadingIncidents(incidents);
  const medianMinutes = median(affected.map((entry) => entry.minutesLost));
  return {
    incidents: incidents.length,
    affected: affected.length,
    leads: affected.reduce((sum, entry) => sum + entry.leads, 0),
    totalMinutes: affected.reduce((sum, entry) => sum + entry.minutesLost, 0),
    ...(medianMinutes === undefined ? {} : { medianMinutes }),
    affectedImpactMinutes: affected.reduce((sum, entry) => sum + minutes(entry.incident.impactDuration), 0),
  };
}
