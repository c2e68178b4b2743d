/** Links between incidents: declared relations in both directions, and shared root causes. */
import { newestFirst } from './incident.ts';

/** What relating needs of an incident. */
export interface Relatable {
  id: string;
  startedAt: number;
  data: { related?: readonly string[]; rootCause: { category: string } };
}

export interface Relations<T extends Relatable> {
  /** id -> incidents it names in `related` or that name it, newest first; ids that do not exist are ignored. */
  related: Map<string, T[]>;
  /** Root-cause category -> its incidents, newest first. */
  byRootCause: Map<string, T[]>;
}

/** Both lookups for the whole archive in one pass, so a page does not scan every incident. */
export function relateIncidents<T extends Relatable>(all: readonly T[]): Relations<T> {
  const byId = new Map(all.map((incident) => [incident.id, incident]));
  const related = new Map<string, Set<T>>();
  const link = (from: T, to: T) => {
    if (from.id === to.id) return;
    if (!related.has(from.id)) related.set(from.id, new Set());
    related.get(from.id)!.add(to);
  };
  const byRootCause = new Map<string, T[]>();
  for (const incident of all) {
    for (const id of incident.data.related ?? []) {
      const other = byId.get(id);
      if (other) {
        link(incident, other);
        link(other, incident);
      }
    }
    const category = incident.data.rootCause.category;
    if (!byRootCause.has(category)) byRootCause.set(category, []);
    byRootCause.get(category)!.push(incident);
  }
  for (const list of byRootCause.values()) list.sort(newestFirst);
  return {
    related: new Map([...related].map(([id, set]) => [id, [...set].sort(newestFirst)])),
    byRootCause,
  };
}
