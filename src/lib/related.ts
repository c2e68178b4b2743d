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

export interface RelationIndex<T extends RelatableIncident> {
  /** id -> incidents it names in `related` or that name it, newest first. */
  related: Map<string, T[]>;
  /** root-cause category -> its incidents, newest first. */
  byCategory: Map<string, T[]>;
}

/** Both lookups for the whole archive in one pass, so a page does not scan every incident. */
export function relationIndex<T extends RelatableIncident>(all: readonly T[]): RelationIndex<T> {
  const byId = new Map(all.map((incident) => [incident.id, incident]));
  const related = new Map<string, Set<T>>();
  const link = (from: T, to: T) => {
    if (from.id === to.id) return;
    if (!related.has(from.id)) related.set(from.id, new Set());
    related.get(from.id)!.add(to);
  };
  const byCategory = new Map<string, T[]>();
  for (const incident of all) {
    for (const id of incident.related ?? []) {
      const other = byId.get(id);
      if (other) {
        link(incident, other);
        link(other, incident);
      }
    }
    if (!byCategory.has(incident.rootCauseCategory)) byCategory.set(incident.rootCauseCategory, []);
    byCategory.get(incident.rootCauseCategory)!.push(incident);
  }
  for (const list of byCategory.values()) list.sort(newestFirst);
  return {
    related: new Map([...related].map(([id, set]) => [id, [...set].sort(newestFirst)])),
    byCategory,
  };
}
