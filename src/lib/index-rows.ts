/** Builds the index's rows from validated postmortems. */
import { isUnfinished } from './action-items.ts';
import type { IndexRow } from './archive-facets.ts';
import { toMinutes, type IncidentDurations } from './durations.ts';
import { incidentTeams } from './incident-teams.ts';
import { calendarDateIn } from './time-format.ts';
import type { Postmortem } from '../schema/postmortem.ts';

export interface RowSource {
  id: string;
  url: string;
  data: Postmortem;
  milestones: { started: Date };
  durations: IncidentDurations;
}

/** `serviceTeams` maps a service to its owning team (see incidentTeams). */
export function indexRow(
  { id, url, data, milestones, durations }: RowSource,
  serviceTeams: ReadonlyMap<string, string | undefined>,
): IndexRow {
  return {
    id,
    url,
    title: data.title,
    summary: data.summary,
    date: calendarDateIn(milestones.started, data.timezone),
    severity: data.severity,
    status: data.status,
    services: data.services,
    teams: incidentTeams(data, serviceTeams),
    cause: data.rootCause.category,
    tags: data.tags ?? [],
    detectedBy: data.detectedBy,
    startedAt: milestones.started.getTime(),
    ttdMinutes: toMinutes(durations.timeToDetect),
    ttmMinutes: toMinutes(durations.timeToMitigate),
    openActionItems: data.actionItems.filter(isUnfinished).length,
  };
}
