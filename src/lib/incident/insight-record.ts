/**
 * The insights' projection of an incident: a flat, JSON-friendly record, so
 * the same aggregation runs at build time and in the browser (which gets it
 * packed in /insights-data.json, see src/lib/insights/data-file.ts). Type-only
 * imports: the browser bundle never loads the schema.
 */
import type { ActionItem } from '../../schema/postmortem.ts';
import type { Severity } from '../../schema/vocabulary.ts';
import type { Incident } from './incident.ts';

export type InsightActionItem = Pick<ActionItem, 'title' | 'owner' | 'due' | 'status' | 'type'>;

export interface InsightIncident {
  id: string;
  title: string;
  /** Page URL, base path included. */
  url: string;
  /** Start instant, milliseconds since the epoch. */
  startedAt: number;
  /** Start date (YYYY-MM-DD) in the incident's own zone: months, quarters and periods use it. */
  date: string;
  severity: Severity;
  detectedBy: string;
  services: string[];
  /** Teams named by the postmortem plus the owners of its services. */
  teams: string[];
  rootCause: string;
  contributingFactors: string[];
  /** Milliseconds. */
  timeToDetect: number;
  timeToMitigate: number;
  impactDuration: number;
  actionItems: InsightActionItem[];
}

export function toInsightIncident(incident: Incident): InsightIncident {
  const { data } = incident;
  return {
    id: incident.id,
    title: data.title,
    url: incident.url,
    startedAt: incident.startedAt,
    date: incident.date,
    severity: data.severity,
    detectedBy: data.detectedBy,
    services: [...data.services],
    teams: incident.teams,
    rootCause: data.rootCause.category,
    contributingFactors: [...(data.contributingFactors ?? [])],
    timeToDetect: incident.durations.timeToDetect,
    timeToMitigate: incident.durations.timeToMitigate,
    impactDuration: incident.durations.impactDuration,
    actionItems: data.actionItems.map(({ title, owner, due, status, type }) => ({ title, owner, due, status, type })),
  };
}
