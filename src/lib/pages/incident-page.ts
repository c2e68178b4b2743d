/** Everything a postmortem's page shows besides the incident's own fields and body. */
import { RECURRENCE_REVIEW_DAYS } from '../incident/recurrence-links.ts';
import { recurrenceBanner, type RecurrenceBanner } from './recurrence-banner.ts';
import { pageDescription } from '../incident/descriptions.ts';
import { nameOf, type IncidentArchive } from '../incident/archive.ts';
import type { Incident } from '../incident/incident.ts';
import { toSearchRecord, type SearchRecord } from '../incident/search-record.ts';
import { incidentSummary, type IncidentSummary } from './incident-summary.ts';

/** A common cause can have hundreds of incidents: the newest few on the page, all on the cause's page. */
export const SAME_CAUSE_SHOWN = 10;

export interface IncidentPage {
  incident: Incident;
  /** Earlier incidents this one repeats, and later ones that repeated it (the check's recurrence review). */
  recurrence: RecurrenceBanner;
  /** Linked in either direction, newest first. */
  related: Incident[];
  /** The newest SAME_CAUSE_SHOWN other incidents of the root-cause category, related ones included. */
  sameCause: Incident[];
  /** Every other incident of the root-cause category, whether shown or not. */
  sameCauseCount: number;
  /** Ids of shown same-cause incidents that are also under related, so the page can say so rather than drop them. */
  alsoRelated: ReadonlySet<string>;
  causeName: string;
  /** Contributing factors, in the postmortem's order: root-cause category ids, each with its root-cause page. */
  contributing: { id: string; name: string }[];
  serviceNames: string[];
  teamNames: string[];
  description: string;
  search: SearchRecord;
  /** The executive summary of the first screen. */
  summary: IncidentSummary;
}

/** `today` (YYYY-MM-DD, the build date) decides which action items are overdue. */
export function incidentPage(
  archive: IncidentArchive,
  incident: Incident,
  today: string,
  recurrenceDays: number = RECURRENCE_REVIEW_DAYS,
): IncidentPage {
  const { data } = incident;
  const related = archive.related.get(incident.id) ?? [];
  const relatedIds = new Set(related.map((other) => other.id));
  const sameCauseList = archive.byRootCause.get(data.rootCause.category) ?? [];
  // A common cause has thousands of incidents at scale: take the newest few without copying the list.
  const sameCause: Incident[] = [];
  for (const other of sameCauseList) {
    if (sameCause.length === SAME_CAUSE_SHOWN) break;
    if (other.id !== incident.id) sameCause.push(other);
  }
  const sameCauseCount = sameCauseList.length - (sameCauseList.includes(incident) ? 1 : 0);
  const contributing = [...new Set(data.contributingFactors ?? [])].map((id) => ({
    id,
    name: nameOf(archive.names.rootCauses, id),
  }));
  return {
    incident,
    related,
    sameCause,
    sameCauseCount,
    alsoRelated: new Set(sameCause.filter((other) => relatedIds.has(other.id)).map((other) => other.id)),
    causeName: nameOf(archive.names.rootCauses, data.rootCause.category),
    contributing,
    serviceNames: data.services.map((id) => nameOf(archive.names.services, id)),
    teamNames: incident.teams.map((id) => nameOf(archive.names.teams, id)),
    description: pageDescription(incident),
    search: toSearchRecord(incident, archive),
    summary: incidentSummary(incident, archive.names, today),
    recurrence: recurrenceBanner(archive, incident, { today, windowDays: recurrenceDays }),
  };
}
