/** The archive index's projection of an incident: what its list shows, filters and sorts on. */
import { toMinutes } from '../time/duration.ts';
import type { Incident } from './incident.ts';

export interface IndexRow {
  id: string;
  url: string;
  title: string;
  summary: string;
  /** YYYY-MM-DD in the incident's zone. */
  date: string;
  severity: string;
  status: string;
  services: string[];
  teams: string[];
  cause: string;
  tags: string[];
  detectedBy: string;
  /** Milliseconds since the epoch, for sorting. */
  startedAt: number;
  ttdMinutes: number;
  ttmMinutes: number;
  /** Started to mitigated: time to detect plus time to mitigate. */
  impactMinutes: number;
  unfinishedActionItems: number;
}

export function toIndexRow(incident: Incident): IndexRow {
  const { data } = incident;
  return {
    id: incident.id,
    url: incident.url,
    title: data.title,
    summary: data.summary,
    date: incident.date,
    severity: data.severity,
    status: data.status,
    services: data.services,
    teams: incident.teams,
    cause: data.rootCause.category,
    tags: data.tags ?? [],
    detectedBy: data.detectedBy,
    startedAt: incident.startedAt,
    ttdMinutes: toMinutes(incident.durations.timeToDetect),
    ttmMinutes: toMinutes(incident.durations.timeToMitigate),
    impactMinutes: toMinutes(incident.durations.impactDuration),
    unfinishedActionItems: incident.unfinishedActionItems,
  };
}
