/**
 * A reliability review of one calendar quarter: its incidents (by their start
 * date in their own zone), severity mix, time to detect and to mitigate
 * against the quarter before, repeats, action items, and the longest
 * incidents with what was learned. Every figure comes from the incident model
 * and the insights' own definitions: percentiles and their minimum sample
 * (percentiles.ts), repeats found across the whole archive (recurrence.ts),
 * unfinished and overdue (action-items.ts), partial quarters (periods.ts).
 */
import { isOverdue } from '../action-items.ts';
import type { Incident } from '../incident/incident.ts';
import { toInsightIncident } from '../incident/insight-record.ts';
import { countActionItems, type ActionItemCounts } from '../insights/action-items.ts';
import { quarterHeading, quarterStatus, type PeriodStatus } from '../insights/periods.ts';
import type { Distribution } from '../insights/percentiles.ts';
import { DEFAULT_RECURRENCE_WINDOW_DAYS, findRepeats } from '../insights/recurrence.ts';
import { timingSummary } from '../insights/timing.ts';
import { oncePer } from '../memo.ts';
import { addMonths, daysBetween, firstDayOfQuarter, lastDayOfQuarter, quarterOf } from '../time/calendar.ts';
import { SEVERITIES, type Severity } from '../../schema/vocabulary.ts';
import type { ActionItem } from '../../schema/postmortem.ts';

/** How many of the longest incidents a review retells, with their learnings. */
export const LONGEST_SHOWN = 3;

/** An incident as a review names it. */
export interface ReviewIncidentRef {
  id: string;
  title: string;
  url: string;
  /** Start date in the incident's own zone. */
  date: string;
  severity: Severity;
}

export interface ReviewIncident extends ReviewIncidentRef {
  summary: string;
  /** Milliseconds. */
  timeToDetect: number;
  timeToMitigate: number;
  impactDuration: number;
}

/** Time to detect or to mitigate in one quarter and the one before, in minutes. */
export interface TimingComparison {
  measure: 'timeToDetect' | 'timeToMitigate';
  label: string;
  current: Distribution;
  previous: Distribution;
}

export interface ReviewRepeat {
  incident: ReviewIncidentRef;
  /** The most recent earlier incident with the same root cause within the window (perhaps in an earlier quarter). */
  previous: ReviewIncidentRef;
  daysApart: number;
  rootCause: string;
  /** Services shared with the most recent earlier same-cause incident that hit one of them. */
  sameServices?: string[];
}

export interface ReviewActionItem {
  title: string;
  owner: string;
  due: string;
  status: ActionItem['status'];
  type: ActionItem['type'];
  closed?: string;
  incident: ReviewIncidentRef;
}

export interface ReviewActionItems {
  /** The items of the quarter's incidents, by their status on the build date. */
  opened: ActionItemCounts;
  /** Items of any incident whose `closed` date falls in the quarter, oldest first. */
  closed: ReviewActionItem[];
  /** Done items of the quarter's incidents that give no closed date: they cannot be placed in a quarter. */
  doneWithoutDate: number;
  /** Items of the quarter's incidents overdue on the build date, longest overdue first. */
  overdue: (ReviewActionItem & { daysOverdue: number })[];
}

export interface LongIncident extends ReviewIncidentRef {
  impactDuration: number;
  learnings: string[];
}

export interface SeverityCount {
  severity: Severity;
  count: number;
}

export interface QuarterReview {
  /** `'2025-Q3'`. */
  quarter: string;
  /** `'2025-q3'`: the page's path segment. */
  slug: string;
  /** `'2025 Q3'`, or `'2026 Q4 (to 28 Nov)'` while under way. */
  heading: string;
  status: PeriodStatus;
  /** First and last day of the quarter. */
  from: string;
  to: string;
  /** Oldest first: a review reads as the quarter went. */
  incidents: ReviewIncident[];
  /** Every severity, SEV1 first, zeros included. */
  severityMix: SeverityCount[];
  /** The quarter before, for comparison (it may have no incidents, and so no review). */
  previous: { quarter: string; heading: string; count: number; severityMix: SeverityCount[] };
  timing: TimingComparison[];
  windowDays: number;
  repeats: ReviewRepeat[];
  actionItems: ReviewActionItems;
  longest: LongIncident[];
}

/** `'2025-Q3'` -> `'2025-q3'`, and back. */
export const quarterSlug = (quarter: string) => quarter.toLowerCase();
export const quarterOfSlug = (slug: string) => slug.toUpperCase();

/** The review's path below the base. */
export const reviewPath = (quarter: string) => `reviews/${quarterSlug(quarter)}/`;

/** The quarter before `'2025-Q1'` is `'2024-Q4'`. */
export const previousQuarter = (quarter: string) => quarterOf(addMonths(firstDayOfQuarter(quarter), -3));

/** Every quarter with an incident, and the quarter under way on `today`; newest first. */
export function reviewQuarters(incidents: readonly Pick<Incident, 'date'>[], today: string): string[] {
  const quarters = new Set(incidents.map((incident) => quarterOf(incident.date)));
  quarters.add(quarterOf(today));
  return [...quarters].sort().reverse();
}

const inQuarter = (quarter: string) => (incident: Pick<Incident, 'date'>) => quarterOf(incident.date) === quarter;

function ref(incident: Incident): ReviewIncidentRef {
  return {
    id: incident.id,
    title: incident.data.title,
    url: incident.url,
    date: incident.date,
    severity: incident.data.severity,
  };
}

const severityMix = (incidents: readonly Incident[]): SeverityCount[] =>
  SEVERITIES.map((severity) => ({
    severity,
    count: incidents.filter((incident) => incident.data.severity === severity).length,
  }));

const oldestFirst = (a: Incident, b: Incident) => a.startedAt - b.startedAt || a.id.localeCompare(b.id);

/**
 * The review of `quarter` (`'2025-Q3'`) from every incident of the archive.
 * `today` is the build date (YYYY-MM-DD): overdue items and the partial
 * quarter are judged against it.
 */
export function quarterReview(
  archive: readonly Incident[],
  quarter: string,
  today: string,
  windowDays = DEFAULT_RECURRENCE_WINDOW_DAYS,
): QuarterReview {
  const incidents = archive.filter(inQuarter(quarter)).sort(oldestFirst);
  const before = previousQuarter(quarter);
  const earlier = archive.filter(inQuarter(before));
  const current = timingSummary(incidents.map(toInsightIncident));
  const previous = timingSummary(earlier.map(toInsightIncident));
  return {
    quarter,
    slug: quarterSlug(quarter),
    heading: quarterHeading(quarter, today),
    status: quarterStatus(quarter, today),
    from: firstDayOfQuarter(quarter),
    to: lastDayOfQuarter(quarter),
    incidents: incidents.map((incident) => ({
      ...ref(incident),
      summary: incident.data.summary,
      timeToDetect: incident.durations.timeToDetect,
      timeToMitigate: incident.durations.timeToMitigate,
      impactDuration: incident.durations.impactDuration,
    })),
    severityMix: severityMix(incidents),
    previous: {
      quarter: before,
      heading: quarterHeading(before, today),
      count: earlier.length,
      severityMix: severityMix(earlier),
    },
    timing: [
      {
        measure: 'timeToDetect',
        label: 'Time to detect',
        current: current.timeToDetect,
        previous: previous.timeToDetect,
      },
      {
        measure: 'timeToMitigate',
        label: 'Time to mitigate',
        current: current.timeToMitigate,
        previous: previous.timeToMitigate,
      },
    ],
    windowDays,
    repeats: quarterRepeats(archive, quarter, windowDays),
    actionItems: quarterActionItems(archive, incidents, quarter, today),
    longest: [...incidents]
      .sort((a, b) => b.durations.impactDuration - a.durations.impactDuration || oldestFirst(a, b))
      .slice(0, LONGEST_SHOWN)
      .map((incident) => ({
        ...ref(incident),
        impactDuration: incident.durations.impactDuration,
        learnings: [...incident.data.learnings],
      })),
  };
}

/** Per archive (one per build) and window: its repeats by the quarter of the repeating incident, oldest first. */
const repeatsOfArchive = oncePer<readonly Incident[], number, Map<string, ReviewRepeat[]>>();

/** Repeats among the quarter's incidents, found across the whole archive (an earlier one may lie in an earlier quarter). */
function quarterRepeats(archive: readonly Incident[], quarter: string, windowDays: number): ReviewRepeat[] {
  const byQuarter = repeatsOfArchive(archive, windowDays, () => {
    const byQuarter = new Map<string, ReviewRepeat[]>();
    const byId = new Map(archive.map((incident) => [incident.id, incident]));
    for (const repeat of findRepeats(archive.map(toInsightIncident), windowDays).reverse()) {
      const of = quarterOf(repeat.incident.date);
      const list = byQuarter.get(of) ?? [];
      byQuarter.set(of, list);
      list.push({
        incident: ref(byId.get(repeat.incident.id)!),
        previous: ref(byId.get(repeat.previous.id)!),
        daysApart: repeat.daysApart,
        rootCause: repeat.incident.rootCause,
        ...(repeat.sameService ? { sameServices: repeat.sameService.services } : {}),
      });
    }
    return byQuarter;
  });
  return byQuarter.get(quarter) ?? [];
}

/** Per archive: every action item with a closed date, oldest closed first. */
const closedOfArchive = new WeakMap<readonly Incident[], ReviewActionItem[]>();

function quarterActionItems(
  archive: readonly Incident[],
  incidents: readonly Incident[],
  quarter: string,
  today: string,
): ReviewActionItems {
  const from = firstDayOfQuarter(quarter);
  const to = lastDayOfQuarter(quarter);
  const itemsOf = (incident: Incident) =>
    incident.data.actionItems.map(({ title, owner, due, status, type, closed }) => ({
      title,
      owner,
      due,
      status,
      type,
      ...(closed === undefined ? {} : { closed }),
      incident: ref(incident),
    }));
  const own = incidents.flatMap(itemsOf);
  let closed = closedOfArchive.get(archive);
  if (!closed) {
    closed = archive
      .flatMap(itemsOf)
      .filter((item) => item.closed !== undefined)
      .sort((a, b) => a.closed!.localeCompare(b.closed!) || a.incident.id.localeCompare(b.incident.id));
    closedOfArchive.set(archive, closed);
  }
  return {
    opened: countActionItems(own, today),
    closed: closed.filter((item) => item.closed! >= from && item.closed! <= to),
    doneWithoutDate: own.filter((item) => item.status === 'done' && item.closed === undefined).length,
    overdue: own
      .filter((item) => isOverdue(item, today))
      .map((item) => ({ ...item, daysOverdue: daysBetween(item.due, today) }))
      .sort((a, b) => a.due.localeCompare(b.due) || a.incident.id.localeCompare(b.incident.id)),
  };
}
