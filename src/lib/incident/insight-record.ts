/**
 * The insights' projection of an incident: a flat, JSON-friendly record, so
 * the same aggregation runs at build time and in the browser (which gets it
 * packed in /insights-data.json, see src/lib/insights/data-file.ts). Type-only
 * imports: the browser bundle never loads the schema.
 */
import type { ActionItem } from '../../schema/postmortem.ts';
import type { Severity } from '../../schema/vocabulary.ts';
import type { Incident } from './incident.ts';

export type InsightActionItem = Pick<ActionItem, 'title' | 'owner' | 'due' | 'status' | 'type' | 'closed'>;

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
  /** Started to resolved, in milliseconds, when the timeline has a resolved event. */
  timeToResolve?: number;
  /** Hour of the start (0-23) on the incident's own wall clock. */
  startHour: number;
  /** ISO weekday of the start (1 = Monday ... 7 = Sunday) in the incident's own zone. */
  startWeekday: number;
  /** Misleading events on the timeline. */
  misleadingLeads: number;
  /** Milliseconds from each misleading event to the next event, summed. */
  misleadingTime: number;
  /** Share of users affected, 0-100. */
  usersAffectedPercent: number;
  customersAffected?: number;
  revenueLoss?: { amount: number; currency: string };
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
    ...(incident.durations.timeToResolve === undefined ? {} : { timeToResolve: incident.durations.timeToResolve }),
    startHour: incident.startClock.hour,
    startWeekday: incident.startClock.weekday,
    misleadingLeads: incident.misleading.count,
    misleadingTime: incident.misleading.lostTime,
    usersAffectedPercent: data.impact.usersAffectedPercent,
    ...(data.impact.customersAffected === undefined ? {} : { customersAffected: data.impact.customersAffected }),
    ...(data.impact.revenueLoss ? { revenueLoss: { ...data.impact.revenueLoss } } : {}),
    actionItems: data.actionItems.map(({ title, owner, due, status, type, closed }) => ({
      title,
      owner,
      due,
      status,
      type,
      ...(closed === undefined ? {} : { closed }),
    })),
  };
}
