/**
 * What each count and statistic on the archive's pages means, in the words the
 * guide shows. The rules themselves live in code (src/lib/action-items.ts,
 * src/lib/insights/recurrence.ts, src/lib/insights/percentiles.ts); the numbers
 * in these words come from the same constants, so the two cannot drift.
 */
import { ACTION_STATUS_LABELS, FINISHED_STATUSES } from '../schema/vocabulary.ts';
import { DEFAULT_RECURRENCE_WINDOW_DAYS } from './insights/recurrence.ts';
import { MIN_SAMPLE } from './insights/percentiles.ts';
import { orList } from './words.ts';

export interface Definition {
  /** The word as pages use it. */
  term: string;
  /** Anchor on the guide, e.g. "figure-overdue". */
  id: string;
  words: string;
}

const finished = orList(FINISHED_STATUSES.map((status) => ACTION_STATUS_LABELS[status]!.toLowerCase()));

export const DEFINITIONS = {
  incidentDate: {
    term: 'Incident date',
    words:
      'The day the impact started, on the wall clock of the incident’s own time zone. Months, quarters, weekdays and hours of day all use that clock, so an incident that started at 23:40 on a Sunday in New York counts on Sunday, although it was Monday in UTC.',
  },
  timeToDetect: {
    term: 'Time to detect (TTD)',
    words:
      'From the started event to the detected event. Durations are measured between instants, so a night when clocks change adds or loses no time.',
  },
  timeToMitigate: {
    term: 'Time to mitigate (TTM)',
    words: 'From the detected event to the mitigated event: how long users kept being hurt once someone knew.',
  },
  impactDuration: {
    term: 'Impact duration',
    words: 'From started to mitigated, so it is time to detect plus time to mitigate.',
  },
  timeToResolve: {
    term: 'Time to resolve',
    words:
      'From started to the resolved event, for incidents whose timeline has one; the others are left out and counted.',
  },
  misleadingTime: {
    term: 'Time lost to misleading leads',
    words:
      'For each misleading event, the time until the next event on the timeline, added up per incident. A misleading event that is the last entry counts no time.',
  },
  n: {
    term: 'n',
    words: 'How many incidents a figure is computed from. Every aggregate says it.',
  },
  median: {
    term: 'Median and p90',
    words: `The middle value and the value 90 % of incidents stay under, interpolated between the two closest ranks (the method of spreadsheets’ PERCENTILE.INC). A median needs at least ${MIN_SAMPLE.median} incidents and a p90 at least ${MIN_SAMPLE.p90}; with fewer, the page says “too few incidents” instead of a number. Durations are never averaged: one long outage would swamp the rest.`,
  },
  partial: {
    term: 'Partial period',
    words:
      'The month or quarter that contains the day the archive was built has not ended, so its counts are not comparable with full periods; it is labelled as partial.',
  },
  open: {
    term: 'Open',
    words: 'An action item whose status is open: work on it has not started.',
  },
  unfinished: {
    term: 'Unfinished',
    words: `An action item that is open or in progress. Items marked ${finished} are finished.`,
  },
  overdue: {
    term: 'Overdue',
    words:
      'An unfinished action item whose due date is before the day the archive was built. Overdue items are also counted as open or in progress, never on top of them.',
  },
  completionRate: {
    term: 'Completion rate',
    words: 'Done items as a share of all items except those marked won’t do.',
  },
  timeToClose: {
    term: 'Time to close',
    words:
      'Days from the incident date to the closed date of a done item. Done items without a closed date are left out and counted.',
  },
  repeat: {
    term: 'Repeat',
    words: `An incident whose root-cause category had already caused an incident in the ${DEFAULT_RECURRENCE_WINDOW_DAYS} days before it, counting incident dates. A same-service repeat also shares an affected service with that earlier incident.`,
  },
  contributingFactor: {
    term: 'Contributing factor',
    words:
      'A root-cause category an incident names besides its own root cause. Root-cause pages list the incidents it caused and those it contributed to, apart.',
  },
  foundByCustomers: {
    term: 'Found by customers',
    words: 'The share of incidents whose detectedBy is customer: the share to drive down.',
  },
} satisfies Record<string, Omit<Definition, 'id'>>;

export type DefinitionKey = keyof typeof DEFINITIONS;

/** The definitions in the guide's order, with their anchors. */
export function definitionList(): Definition[] {
  return (Object.keys(DEFINITIONS) as DefinitionKey[]).map((key) => ({
    ...DEFINITIONS[key],
    id: definitionPath(key).split('#')[1]!,
  }));
}

/** The guide's anchor of a definition, for pages that link a figure's name to what it means. */
export function definitionPath(key: DefinitionKey): string {
  return `guide/#figure-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}
