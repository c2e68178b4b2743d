/**
 * The format's fixed words: every enum value and the label people read for it.
 * Zod-free, so the schema, the pages and the browser bundle all import this
 * one list.
 */

export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;
export const STATUSES = ['draft', 'review', 'published'] as const;
export const VISIBILITIES = ['internal', 'public'] as const;
export const DETECTION_METHODS = ['monitoring', 'customer', 'employee', 'automated-test', 'third-party'] as const;
export const EVENT_KINDS = [
  'started',
  'detected',
  'escalated',
  'action',
  'misleading',
  'mitigated',
  'resolved',
  'note',
] as const;
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'wont-do'] as const;
/** Statuses of an action item that is no longer being worked on; every other status is unfinished. */
export const FINISHED_STATUSES = ['done', 'wont-do'] as const satisfies readonly (typeof ACTION_STATUSES)[number][];
export const ACTION_TYPES = ['prevent', 'detect', 'mitigate', 'process'] as const;

/** Kinds every timeline has exactly once. */
export const ONCE_KINDS = ['started', 'detected', 'mitigated'] as const;
/** Kinds that occur at most once, in this order in time: the incident's milestones. */
export const MILESTONE_KINDS = ['started', 'detected', 'mitigated', 'resolved'] as const;
/** Milestones a timeline may leave out, but has at most once. */
export const AT_MOST_ONCE_KINDS = MILESTONE_KINDS.filter(
  (kind): kind is Exclude<MilestoneKind, (typeof ONCE_KINDS)[number]> =>
    !(ONCE_KINDS as readonly string[]).includes(kind),
);
/** True for started, detected, mitigated and resolved. */
export function isMilestoneKind(kind: string): kind is MilestoneKind {
  return (MILESTONE_KINDS as readonly string[]).includes(kind);
}

/** Lists a draft may leave empty; every other status needs at least one entry in each. */
export const EMPTY_WHILE_DRAFT = ['actionItems', 'learnings', 'services'] as const;

export type Severity = (typeof SEVERITIES)[number];
export type PostmortemStatus = (typeof STATUSES)[number];
export type Visibility = (typeof VISIBILITIES)[number];
export type DetectionMethod = (typeof DETECTION_METHODS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type ActionType = (typeof ACTION_TYPES)[number];
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export type OnceKind = (typeof ONCE_KINDS)[number];

/** 1 for SEV1 (worst) to 4; sorts put the worst first. */
export function severityRank(severity: string): number {
  const index = (SEVERITIES as readonly string[]).indexOf(severity);
  return index === -1 ? SEVERITIES.length + 1 : index + 1;
}

/** Major incidents: the severities the insights count apart and the check holds to a stricter rule. */
export const MAJOR_SEVERITIES = ['SEV1', 'SEV2'] as const satisfies readonly Severity[];

export function isMajor(severity: string): boolean {
  return (MAJOR_SEVERITIES as readonly string[]).includes(severity);
}

/** What each severity means, in one word. */
export const SEVERITY_MEANINGS: Record<Severity, string> = {
  SEV1: 'critical',
  SEV2: 'major',
  SEV3: 'minor',
  SEV4: 'low',
};

export const DETECTION_LABELS: Record<DetectionMethod, string> = {
  monitoring: 'Monitoring',
  customer: 'Customer report',
  employee: 'Employee',
  'automated-test': 'Automated test',
  'third-party': 'Third party',
};

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  started: 'Started',
  detected: 'Detected',
  escalated: 'Escalated',
  action: 'Action',
  misleading: 'Misleading lead',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  note: 'Note',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  'wont-do': "Won't do",
};

export const ACTION_TYPE_LABELS: Record<ActionType, string> = {
  prevent: 'Prevent',
  detect: 'Detect',
  mitigate: 'Mitigate',
  process: 'Process',
};

export const STATUS_LABELS: Record<PostmortemStatus, string> = {
  draft: 'Draft',
  review: 'In review',
  published: 'Published',
};

/** A label for any value, or the value itself when it has none (e.g. a value from an older file). */
export function labelOf(labels: Readonly<Record<string, string>>, value: string): string {
  return Object.hasOwn(labels, value) ? labels[value]! : value;
}
