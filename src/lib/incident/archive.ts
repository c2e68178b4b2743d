/**
 * The archive as every page reads it: the incidents of the build's audience,
 * newest first, their relations, and the taxonomies by id. Built from plain
 * data, so tests build one without Astro.
 */
import type { Postmortem } from '../../schema/postmortem.ts';
import type { Service, TaxonomyEntry } from '../../schema/taxonomy.ts';
import { deriveIncident, newestFirst, type Incident, type IncidentContext } from './incident.ts';
import { relateIncidents } from './relations.ts';

export interface Taxonomies {
  services: ReadonlyMap<string, Service>;
  teams: ReadonlyMap<string, TaxonomyEntry>;
  rootCauses: ReadonlyMap<string, TaxonomyEntry>;
}

/** Display names of taxonomy ids; an id without a name is shown as itself. */
export interface TaxonomyNames {
  services: Record<string, string>;
  teams: Record<string, string>;
  rootCauses: Record<string, string>;
}

export interface IncidentArchive extends Taxonomies {
  /** Newest first. */
  incidents: Incident[];
  byId: Map<string, Incident>;
  /** id -> incidents linked to it in either direction, newest first. */
  related: Map<string, Incident[]>;
  /** Root-cause category -> its incidents, newest first. */
  byRootCause: Map<string, Incident[]>;
  names: TaxonomyNames;
}

/** Service id -> owning team id. */
export function serviceOwners(services: ReadonlyMap<string, { team?: string }>): Map<string, string | undefined> {
  return new Map([...services].map(([id, service]) => [id, service.team]));
}

export function taxonomyNames(taxonomies: Taxonomies): TaxonomyNames {
  const names = (map: ReadonlyMap<string, { name: string }>) =>
    Object.fromEntries([...map].map(([id, entry]) => [id, entry.name]));
  return {
    services: names(taxonomies.services),
    teams: names(taxonomies.teams),
    rootCauses: names(taxonomies.rootCauses),
  };
}

/** The name of a taxonomy id, or the id itself when the taxonomy has none. */
export function nameOf(names: Record<string, string>, id: string): string {
  return Object.hasOwn(names, id) ? names[id]! : id;
}

export function buildIncidentArchive(
  postmortems: readonly { id: string; data: Postmortem }[],
  taxonomies: Taxonomies,
  context: Omit<IncidentContext, 'serviceTeams'>,
): IncidentArchive {
  const derive = { ...context, serviceTeams: serviceOwners(taxonomies.services) };
  const incidents = postmortems.map(({ id, data }) => deriveIncident(id, data, derive)).sort(newestFirst);
  const relations = relateIncidents(incidents);
  return {
    ...taxonomies,
    incidents,
    byId: new Map(incidents.map((incident) => [incident.id, incident])),
    related: relations.related,
    byRootCause: relations.byRootCause,
    names: taxonomyNames(taxonomies),
  };
}
