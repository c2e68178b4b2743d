/**
 * Earlier incidents that failed for the same reason, for the people who can
 * still act on it: the author and reviewers of a new postmortem (the check's
 * notices) and its readers (the "repeat of" banner and the forward links).
 *
 * An earlier incident is linked when it started before this one, at most
 * `windowDays` calendar days earlier (each date in its incident's own zone),
 * shares a cause (the root-cause category, or a contributing factor, on either
 * side) and hit a same service or team.
 */
import type { ActionItem } from '../../schema/postmortem.ts';
import { isOverdue, isUnfinished } from '../action-items.ts';
import { dayNumber, daysBetween } from '../time/calendar.ts';
import type { Incident } from './incident.ts';

/** The default window of the recurrence review, in days; the site config can change it. */
export const RECURRENCE_REVIEW_DAYS = 180;

type Linkable = Pick<Incident, 'id' | 'date' | 'startedAt' | 'teams'> & {
  data: Pick<Incident['data'], 'title' | 'services' | 'rootCause' | 'contributingFactors' | 'actionItems'>;
};

export interface UnfinishedPromise {
  title: string;
  owner: string;
  due: string;
  status: ActionItem['status'];
  overdue: boolean;
}

export interface RecurrenceLink<T extends Linkable = Incident> {
  earlier: T;
  later: T;
  daysApart: number;
  /** Both have the same root-cause category. */
  sameCategory: boolean;
  /** Category ids the two share, as root cause or contributing factor. */
  sharedCauses: string[];
  sharedServices: string[];
  sharedTeams: string[];
  /** The earlier incident's action items still open or in progress. */
  unfinished: UnfinishedPromise[];
}

export interface RecurrenceLinks<T extends Linkable = Incident> {
  /** id -> links to earlier incidents, most recent first. */
  earlier: Map<string, RecurrenceLink<T>[]>;
  /** id -> links to later incidents (its repeats), oldest first. */
  later: Map<string, RecurrenceLink<T>[]>;
}

function causesOf(incident: Linkable): string[] {
  return [...new Set([incident.data.rootCause.category, ...(incident.data.contributingFactors ?? [])])];
}

const shared = (a: readonly string[], b: readonly string[]) => a.filter((value) => b.includes(value));

function unfinishedOf(incident: Linkable, today: string): UnfinishedPromise[] {
  return incident.data.actionItems.filter(isUnfinished).map((item) => ({
    title: item.title,
    owner: item.owner,
    due: item.due,
    status: item.status,
    overdue: isOverdue(item, today),
  }));
}

/** The link between two incidents, or undefined when they are not a repeat by this rule. */
export function recurrenceLink<T extends Linkable>(
  earlier: T,
  later: T,
  options: { windowDays: number; today: string },
): RecurrenceLink<T> | undefined {
  if (earlier.id === later.id || earlier.startedAt >= later.startedAt) return undefined;
  const daysApart = daysBetween(earlier.date, later.date);
  if (daysApart > options.windowDays) return undefined;
  const sharedCauses = shared(causesOf(later), causesOf(earlier));
  const sharedServices = shared(later.data.services, earlier.data.services);
  const sharedTeams = shared(later.teams, earlier.teams);
  if (sharedCauses.length === 0 || sharedServices.length + sharedTeams.length === 0) return undefined;
  return {
    earlier,
    later,
    daysApart,
    sameCategory: earlier.data.rootCause.category === later.data.rootCause.category,
    sharedCauses,
    sharedServices,
    sharedTeams,
    unfinished: unfinishedOf(earlier, options.today),
  };
}

function checkWindow(windowDays: number): void {
  if (!Number.isInteger(windowDays) || windowDays < 0) {
    throw new RangeError(`the recurrence window must be a whole number of days (0 or more), got ${windowDays}`);
  }
}

/** Every link in the archive, found per cause and place so that large archives stay fast. */
export function recurrenceLinks<T extends Linkable>(
  incidents: readonly T[],
  options: { windowDays?: number; today: string },
): RecurrenceLinks<T> {
  const windowDays = options.windowDays ?? RECURRENCE_REVIEW_DAYS;
  checkWindow(windowDays);
  const oldestFirst = [...incidents].sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
  // Only incidents sharing a cause and a service or team can be linked: group by each such pair.
  const groups = new Map<string, { incident: T; day: number }[]>();
  for (const incident of oldestFirst) {
    const day = dayNumber(incident.date);
    const places = [
      ...incident.data.services.map((service) => `service\0${service}`),
      ...incident.teams.map((team) => `team\0${team}`),
    ];
    for (const cause of causesOf(incident)) {
      for (const place of places) {
        const key = `${cause}\0${place}`;
        const group = groups.get(key);
        if (group) group.push({ incident, day });
        else groups.set(key, [{ incident, day }]);
      }
    }
  }
  const pairs = new Map<string, RecurrenceLink<T>>();
  const ruledOut = new Set<string>();
  for (const group of groups.values()) {
    group.forEach((later, index) => {
      for (let other = index - 1; other >= 0; other -= 1) {
        const earlier = group[other]!;
        // Dates in different zones can be a day out of step with start instants: scan one day further.
        if (later.day - earlier.day > windowDays + 1) break;
        const key = `${earlier.incident.id}\0${later.incident.id}`;
        if (pairs.has(key) || ruledOut.has(key)) continue;
        const link = recurrenceLink(earlier.incident, later.incident, { windowDays, today: options.today });
        if (link) pairs.set(key, link);
        else ruledOut.add(key);
      }
    });
  }
  const earlier = new Map<string, RecurrenceLink<T>[]>();
  const later = new Map<string, RecurrenceLink<T>[]>();
  const append = (map: Map<string, RecurrenceLink<T>[]>, id: string, link: RecurrenceLink<T>) => {
    const list = map.get(id);
    if (list) list.push(link);
    else map.set(id, [link]);
  };
  for (const link of pairs.values()) {
    append(earlier, link.later.id, link);
    append(later, link.earlier.id, link);
  }
  for (const links of earlier.values()) links.sort((a, b) => b.earlier.startedAt - a.earlier.startedAt);
  for (const links of later.values()) links.sort((a, b) => a.later.startedAt - b.later.startedAt);
  return { earlier, later };
}
