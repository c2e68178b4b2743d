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
import { dayNumber } from '../time/calendar.ts';
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
  /** The earlier incident's action items still open or in progress; one list shared by all its links. */
  unfinished: readonly UnfinishedPromise[];
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

/** What the rule reads of one incident, worked out once however many pairs it is in. */
interface LinkFacts<T extends Linkable> {
  incident: T;
  day: number;
  causes: string[];
  /** Its unfinished action items, made when a link first needs them and shared by all its links (read-only). */
  unfinished?: readonly UnfinishedPromise[];
}

function factsOf<T extends Linkable>(incident: T): LinkFacts<T> {
  return { incident, day: dayNumber(incident.date), causes: causesOf(incident) };
}

function linkBetween<T extends Linkable>(
  earlier: LinkFacts<T>,
  later: LinkFacts<T>,
  options: { windowDays: number; today: string },
): RecurrenceLink<T> | undefined {
  const [first, second] = [earlier.incident, later.incident];
  if (first.id === second.id || first.startedAt >= second.startedAt) return undefined;
  const daysApart = later.day - earlier.day;
  if (daysApart > options.windowDays) return undefined;
  const sharedCauses = shared(later.causes, earlier.causes);
  const sharedServices = shared(second.data.services, first.data.services);
  const sharedTeams = shared(second.teams, first.teams);
  if (sharedCauses.length === 0 || sharedServices.length + sharedTeams.length === 0) return undefined;
  earlier.unfinished ??= unfinishedOf(first, options.today);
  return {
    earlier: first,
    later: second,
    daysApart,
    sameCategory: first.data.rootCause.category === second.data.rootCause.category,
    sharedCauses,
    sharedServices,
    sharedTeams,
    unfinished: earlier.unfinished,
  };
}

/** The link between two incidents, or undefined when they are not a repeat by this rule. */
export function recurrenceLink<T extends Linkable>(
  earlier: T,
  later: T,
  options: { windowDays: number; today: string },
): RecurrenceLink<T> | undefined {
  return linkBetween(factsOf(earlier), factsOf(later), options);
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
  const linkOptions = { windowDays, today: options.today };
  const oldestFirst = [...incidents]
    .sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id))
    .map((incident) => factsOf(incident));
  // Only incidents sharing a cause and a service or team can be linked: group them (by position) per such pair.
  const groups = new Map<string, number[]>();
  oldestFirst.forEach(({ incident, causes }, position) => {
    const places = [
      ...incident.data.services.map((service) => `service\0${service}`),
      ...incident.teams.map((team) => `team\0${team}`),
    ];
    for (const cause of causes) {
      for (const place of places) {
        const key = `${cause}\0${place}`;
        const group = groups.get(key);
        if (group) group.push(position);
        else groups.set(key, [position]);
      }
    }
  });
  // Two incidents can share several groups; each pair is judged once, keyed by its two positions as one number.
  const judged = new Set<number>();
  const found: RecurrenceLink<T>[] = [];
  for (const group of groups.values()) {
    group.forEach((laterPosition, index) => {
      const later = oldestFirst[laterPosition]!;
      for (let other = index - 1; other >= 0; other -= 1) {
        const earlierPosition = group[other]!;
        const earlier = oldestFirst[earlierPosition]!;
        // Dates in different zones can be a day out of step with start instants: scan one day further.
        if (later.day - earlier.day > windowDays + 1) break;
        const pair = earlierPosition * oldestFirst.length + laterPosition;
        if (judged.has(pair)) continue;
        judged.add(pair);
        const link = linkBetween(earlier, later, linkOptions);
        if (link) found.push(link);
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
  for (const link of found) {
    append(earlier, link.later.id, link);
    append(later, link.earlier.id, link);
  }
  for (const links of earlier.values()) links.sort((a, b) => b.earlier.startedAt - a.earlier.startedAt);
  for (const links of later.values()) links.sort((a, b) => a.later.startedAt - b.later.startedAt);
  return { earlier, later };
}
