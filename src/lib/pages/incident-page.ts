/** Everything a postmortem's page shows besides the incident's own fields and body. */
import { pageDescription } from '../incident/descriptions.ts';
import { nameOf, type IncidentArchive } from '../incident/archive.ts';
import type { Incident } from '../incident/incident.ts';
import { toSearchRecord, type SearchRecord } from '../incident/search-record.ts';

/** A common cause can have hundreds of incidents: the newest few on the page, all on the cause's page. */
export const SAME_CAUSE_SHOWN = 10;

export interface IncidentPage {
  incident: Incident;
  /** Linked in either direction, newest first. */
  related: Incident[];
  /** Other incidents of the root-cause category not already under related, the newest SAME_CAUSE_SHOWN. */
  sameCause: Incident[];
  /** How many incidents the same-cause list would hold unshortened. */
  sameCauseCount: number;
  causeName: string;
  contributingNames: string[];
  serviceNames: string[];
  teamNames: string[];
  description: string;
  search: SearchRecord;
}

export function incidentPage(archive: IncidentArchive, incident: Incident): IncidentPage {
  const { data } = incident;
  const related = archive.related.get(incident.id) ?? [];
  const relatedIds = new Set(related.map((other) => other.id));
  const sameCauseAll = (archive.byRootCause.get(data.rootCause.category) ?? []).filter(
    (other) => other.id !== incident.id && !relatedIds.has(other.id),
  );
  return {
    incident,
    related,
    sameCause: sameCauseAll.slice(0, SAME_CAUSE_SHOWN),
    sameCauseCount: sameCauseAll.length,
    causeName: nameOf(archive.names.rootCauses, data.rootCause.category),
    contributingNames: (data.contributingFactors ?? []).map((id) => nameOf(archive.names.rootCauses, id)),
    serviceNames: data.services.map((id) => nameOf(archive.names.services, id)),
    teamNames: (data.teams ?? []).map((id) => nameOf(archive.names.teams, id)),
    description: pageDescription(incident),
    search: toSearchRecord(incident, archive.names),
  };
}
