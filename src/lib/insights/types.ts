/**
 * What the insights need to know about one incident: a flat, JSON-friendly
 * record, so the same aggregation runs at build time and in the browser.
 */
import type { ActionItem, Severity } from '../../schema/postmortem.ts';
export { SEVERITIES, DETECTION_METHODS, ACTION_STATUSES, ACTION_TYPES } from '../../schema/vocabulary.ts';
export type { DetectionMethod, ActionStatus } from '../../schema/vocabulary.ts';

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
  /** Milliseconds, as src/lib/durations.ts computes them. */
  timeToDetect: number;
  timeToMitigate: number;
  impactDuration: number;
  actionItems: InsightActionItem[];
}

/** Display names of taxonomy ids; an id without a name is shown as itself. */
export interface InsightNames {
  services: Record<string, string>;
  teams: Record<string, string>;
  rootCauses: Record<string, string>;
}

export const MINUTE_MS = 60_000;

/** Milliseconds as minutes, unrounded: the charts and tables work in minutes. */
export function minutes(milliseconds: number): number {
  return milliseconds / MINUTE_MS;
}
