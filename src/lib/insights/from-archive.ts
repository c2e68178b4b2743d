/** The flat record the insights use, made from an archive incident at build time. */
import { calendarDateIn } from '../time-format.ts';
import type { InsightIncident, InsightNames } from './types.ts';
import type { ActionItem, Severity } from '../../schema/postmortem.ts';
import { incidentTeams } from '../incident-teams.ts';

/** The parts of src/data/archive.ts's Incident that the insights read. */
export interface ArchivedIncident {
  id: string;
  url: string;
  data: {
    title: string;
    timezone: string;
    severity: Severity;
    detectedBy: string;
    services: string[];
    teams?: string[];
    rootCause: { category: string };
    contributingFactors?: string[];
    actionItems: ActionItem[];
  };
  milestones: { started: Date };
  durations: { timeToDetect: number; timeToMitigate: number; impactDuration: number };
}

/**
 * `serviceTeams` maps a service id to its owning team: an incident counts for
 * the teams it names and for the owners of the services it hit.
 */
export function toInsightIncident(
  incident: ArchivedIncident,
  serviceTeams: ReadonlyMap<string, string | undefined>,
): InsightIncident {
  const { data } = incident;
  return {
    id: incident.id,
    title: data.title,
    url: incident.url,
    startedAt: incident.milestones.started.getTime(),
    date: calendarDateIn(incident.milestones.started, data.timezone),
    severity: data.severity,
    detectedBy: data.detectedBy,
    services: [...data.services],
    teams: incidentTeams(data, serviceTeams),
    rootCause: data.rootCause.category,
    contributingFactors: [...(data.contributingFactors ?? [])],
    timeToDetect: incident.durations.timeToDetect,
    timeToMitigate: incident.durations.timeToMitigate,
    impactDuration: incident.durations.impactDuration,
    actionItems: data.actionItems.map(({ title, owner, due, status, type }) => ({ title, owner, due, status, type })),
  };
}

/** Display names from the archive's taxonomies. */
export function insightNames(taxonomies: {
  services: ReadonlyMap<string, { name: string }>;
  teams: ReadonlyMap<string, { name: string }>;
  rootCauses: ReadonlyMap<string, { name: string }>;
}): InsightNames {
  const names = (map: ReadonlyMap<string, { name: string }>) =>
    Object.fromEntries([...map].map(([id, entry]) => [id, entry.name]));
  return {
    services: names(taxonomies.services),
    teams: names(taxonomies.teams),
    rootCauses: names(taxonomies.rootCauses),
  };
}

/** Service id -> owning team id, from the services taxonomy. */
export function serviceOwners(services: ReadonlyMap<string, { team?: string }>): Map<string, string | undefined> {
  return new Map([...services].map(([id, service]) => [id, service.team]));
}
