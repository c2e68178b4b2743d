/** Links between incidents: declared relations in both directions, and shared root causes. */

export interface RelatableIncident {
  id: string;
  related?: readonly string[];
  rootCauseCategory: string;
  startedAt: Date;
}

function newestFirst<T extends RelatableIncident>(a: T, b: T): number {
  return b.startedAt.getTime() - a.startedAt.getTime() || a.id.localeCompare(b.id);
}

/** Incidents this one names in `related`, plus those that name it. */
export function relatedIncidents<T extends RelatableIncident>(incident: T, all: readonly T[]): T[] {
  const named = new Set(incident.related ?? []);
  return all
    .filter((other) => other.id !== incident.id && (named.has(other.id) || other.related?.includes(incident.id)))
    .sort(newestFirst);
}

/** Other incidents with the same root-cause category, newest first. */
export function sameRootCause<T extends RelatableIncident>(incident: T, all: readonly T[]): T[] {
  return all
    .filter((other) => other.id !== incident.id && other.rootCauseCategory === incident.rootCauseCategory)
    .sort(newestFirst);
}
