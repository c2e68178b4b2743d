/**
 * The archive's front page summary, "how are we doing?": the last 90 days
 * against the 90 before, the causes that recurred, the overdue action items
 * and the latest major incidents. Every figure comes from the functions the
 * insights and /action-items/ use (timingSummary, findRepeats,
 * countActionItems, overdueActionItems), on the same insight records, so the
 * front page cannot disagree with them.
 */
import { onThisDay } from '../on-this-day.ts';
import { isMajor, SEVERITIES, type Severity } from '../../schema/vocabulary.ts';
import { definitionPath, type DefinitionKey } from '../definitions.ts';
import { actionItemQuery } from '../insights/action-item-filter.ts';
import { allActionItems, countActionItems, overdueActionItems } from '../insights/action-items.ts';
import { formatChange, formatMinutes } from '../insights/format.ts';
import { insightsQuery, periodRange } from '../insights/filters.ts';
import type { Distribution } from '../insights/percentiles.ts';
import { DEFAULT_RECURRENCE_WINDOW_DAYS, findRepeats, type Repeat } from '../insights/recurrence.ts';
import { timingSummary } from '../insights/timing.ts';
import type { InsightIncident, InsightNames } from '../insights/types.ts';
import { TOO_FEW, tooFewReason } from '../insights/view-cells.ts';
import { nameOf } from '../incident/archive.ts';
import { addDays, dayMonthLabel } from '../time/calendar.ts';
import { formatCalendarDate } from '../time/format.ts';
import { withBase } from '../urls.ts';

/** The front page's sizes, in one place. */
export const FRONT_PAGE = {
  /** Days in each compared window; the current one ends on the build date. */
  windowDays: 90,
  /** Newest SEV1/SEV2 incidents listed. */
  latestMajor: 3,
  /** Most overdue action items listed. */
  overdueListed: 3,
  /** Recurring causes listed. */
  causesListed: 3,
} as const;

/** The /insights/ period that matches the current window. */
const INSIGHTS_PERIOD = 'last-90-days';

export interface FrontPageInput {
  /** Every incident of the archive, as the insights read them. */
  incidents: readonly InsightIncident[];
  names: InsightNames;
  /** The build date, YYYY-MM-DD: windows end on it and overdue is judged against it. */
  today: string;
  /** The site's base path, for links. */
  base: string;
}

export interface IncidentLink {
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD in the incident's zone. */
  date: string;
  /** "4 Mar 2026". */
  dateLabel: string;
  severity: Severity;
}

/** A median of one window: its minutes when there are enough incidents, else the words shown instead. */
export interface MedianFigure {
  /** Incidents it is computed from. */
  n: number;
  /** Undefined below MIN_SAMPLE.median (or with no incidents). */
  minutes?: number;
  /** "42 min", "too few incidents" or "no incidents". */
  text: string;
  /** Why there is no number: "2 incidents; a median needs at least 5". */
  reason?: string;
}

export interface WindowFigures {
  /** Inclusive, YYYY-MM-DD. */
  from: string;
  to: string;
  /** "30 Aug – 27 Nov 2026". */
  label: string;
  count: number;
  bySeverity: Record<Severity, number>;
  timeToDetect: MedianFigure;
  timeToMitigate: MedianFigure;
}

/** The current window minus the previous one; lower is better for every figure here. */
export interface Change {
  value: number;
  /** "+2", "−1", "0" for counts; "5 min slower", "1 h 05 min faster", "no change" for medians. */
  text: string;
  direction: 'up' | 'down' | 'same';
}

export interface RecurringCause {
  cause: { id: string; name: string; url: string };
  /** Repeats of this cause in scope. */
  repeats: number;
  /** The newest repeat, and the earlier incident it repeated. */
  latest: IncidentLink;
  previous: IncidentLink;
  daysApart: number;
}

export interface OverdueEntry {
  title: string;
  owner: string;
  due: string;
  dueLabel: string;
  daysOverdue: number;
  incident: IncidentLink;
}

export interface FrontPageSummary {
  today: string;
  todayLabel: string;
  windowDays: number;
  current: WindowFigures;
  previous: WindowFigures;
  /** Changes only where both windows have a real figure. */
  change: {
    count: Change;
    bySeverity: Record<Severity, Change>;
    timeToDetect?: Change;
    timeToMitigate?: Change;
  };
  /** /insights/ narrowed to the current window. */
  insightsUrl: string;
  recurring: {
    /**
     * `window`: causes with a repeat (the archive's definition) among the
     * incidents of the last `windowDays` days; `latest`: none did, so the causes
     * of the newest repeats of any date.
     */
    scope: 'window' | 'latest';
    recurrenceDays: number;
    /** Causes in scope (the list may show fewer). */
    total: number;
    /** The insights' list of repeats, for the same scope. */
    url: string;
    causes: RecurringCause[];
  };
  overdue: {
    count: number;
    unfinished: number;
    /** /action-items/ showing only overdue items. */
    url: string;
    /** The longest overdue first, in /action-items/'s order. */
    items: OverdueEntry[];
  };
  latestMajor: IncidentLink[];
  /** Incidents from this week of earlier years (src/lib/on-this-day.ts), most recent year first. */
  onThisDay: (IncidentLink & { yearsAgo: number })[];
  /** The guide's definitions of the figures shown. */
  definitions: Record<'timeToDetect' | 'timeToMitigate' | 'median' | 'repeat' | 'overdue', string>;
}

/** "30 Aug – 27 Nov 2026"; both years when they differ. */
export function windowLabel(from: string, to: string): string {
  const start = from.slice(0, 4) === to.slice(0, 4) ? dayMonthLabel(from) : formatCalendarDate(from);
  return `${start} – ${formatCalendarDate(to)}`;
}

function medianFigure(values: Distribution): MedianFigure {
  const n = values.count;
  if (values.median !== undefined) return { n, minutes: values.median, text: formatMinutes(values.median) };
  if (n === 0) return { n, text: 'no incidents' };
  return { n, text: TOO_FEW, reason: tooFewReason('median', n) };
}

function windowFigures(incidents: readonly InsightIncident[], from: string, to: string): WindowFigures {
  const inWindow = incidents.filter((incident) => incident.date >= from && incident.date <= to);
  const timing = timingSummary(inWindow);
  const bySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const incident of inWindow) bySeverity[incident.severity] += 1;
  return {
    from,
    to,
    label: windowLabel(from, to),
    count: inWindow.length,
    bySeverity,
    timeToDetect: medianFigure(timing.timeToDetect),
    timeToMitigate: medianFigure(timing.timeToMitigate),
  };
}

const direction = (value: number): Change['direction'] => (value > 0 ? 'up' : value < 0 ? 'down' : 'same');

function countChange(now: number, before: number): Change {
  return { value: now - before, text: formatChange(now - before), direction: direction(now - before) };
}

/** Only when both medians are real figures: "12 min faster", "1 h 05 min slower", "no change". */
function durationChange(now: MedianFigure, before: MedianFigure): Change | undefined {
  if (now.minutes === undefined || before.minutes === undefined) return undefined;
  const value = now.minutes - before.minutes;
  if (value === 0) return { value, text: 'no change', direction: 'same' };
  return {
    value,
    text: `${formatMinutes(Math.abs(value))} ${value < 0 ? 'faster' : 'slower'}`,
    direction: direction(value),
  };
}

function link(incident: InsightIncident): IncidentLink {
  return {
    id: incident.id,
    title: incident.title,
    url: incident.url,
    date: incident.date,
    dateLabel: formatCalendarDate(incident.date),
    severity: incident.severity,
  };
}

const newestFirst = (a: InsightIncident, b: InsightIncident) => b.startedAt - a.startedAt || a.id.localeCompare(b.id);

/** One entry per cause, its newest repeat first; causes ordered by their newest repeat. */
function byCause(repeats: readonly Repeat<InsightIncident>[], names: InsightNames, base: string): RecurringCause[] {
  const causes = new Map<string, RecurringCause>();
  for (const repeat of repeats) {
    const id = repeat.incident.rootCause;
    const entry = causes.get(id);
    if (entry) {
      entry.repeats += 1;
      continue;
    }
    causes.set(id, {
      cause: { id, name: nameOf(names.rootCauses, id), url: withBase(base, `root-causes/${id}/`) },
      repeats: 1,
      latest: link(repeat.incident),
      previous: link(repeat.previous),
      daysApart: repeat.daysApart,
    });
  }
  return [...causes.values()];
}

/** The causes that recurred in the window [from, today], or the newest repeats when none did. */
function recurringCauses(
  { incidents, names, base }: FrontPageInput,
  from: string,
  to: string,
  insightsQueryOfWindow: string,
): FrontPageSummary['recurring'] {
  // Found over every incident: a repeat's earlier incident may be older than the window. Newest first.
  const repeats = findRepeats(incidents, DEFAULT_RECURRENCE_WINDOW_DAYS);
  const inWindow = repeats.filter((repeat) => repeat.incident.date >= from && repeat.incident.date <= to);
  const scope = inWindow.length > 0 ? 'window' : 'latest';
  const causes = byCause(scope === 'window' ? inWindow : repeats, names, base);
  return {
    scope,
    recurrenceDays: DEFAULT_RECURRENCE_WINDOW_DAYS,
    total: causes.length,
    url: withBase(base, `insights/${scope === 'window' ? insightsQueryOfWindow : ''}#insights-repeats`),
    causes: causes.slice(0, FRONT_PAGE.causesListed),
  };
}

function overdueSummary({ incidents, today, base }: FrontPageInput): FrontPageSummary['overdue'] {
  const counts = countActionItems(allActionItems(incidents), today);
  return {
    count: counts.overdue,
    unfinished: counts.open + counts.inProgress,
    url: withBase(base, `action-items/${actionItemQuery({ overdue: true })}`),
    items: overdueActionItems(incidents, today)
      .slice(0, FRONT_PAGE.overdueListed)
      .map(({ incident, item, daysOverdue }) => ({
        title: item.title,
        owner: item.owner,
        due: item.due,
        dueLabel: formatCalendarDate(item.due),
        daysOverdue,
        incident: link(incident),
      })),
  };
}

function optional<K extends string>(key: K, value: Change | undefined): Partial<Record<K, Change>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, Change>);
}

function changes(current: WindowFigures, previous: WindowFigures): FrontPageSummary['change'] {
  const bySeverity = (severity: Severity) =>
    [severity, countChange(current.bySeverity[severity], previous.bySeverity[severity])] as const;
  return {
    count: countChange(current.count, previous.count),
    bySeverity: Object.fromEntries(SEVERITIES.map(bySeverity)) as Record<Severity, Change>,
    ...optional('timeToDetect', durationChange(current.timeToDetect, previous.timeToDetect)),
    ...optional('timeToMitigate', durationChange(current.timeToMitigate, previous.timeToMitigate)),
  };
}

/**
 * The front page summary of `incidents` as of `today`. Windows are whole
 * calendar days of the incidents' own dates: the current one is the
 * `windowDays` days ending on `today`, the previous one the `windowDays`
 * before it, so neither overlaps and an incident on `today` counts.
 */
export function frontPageSummary(input: FrontPageInput): FrontPageSummary {
  const { incidents, today, base } = input;
  const days = FRONT_PAGE.windowDays;
  const currentFrom = addDays(today, -(days - 1));
  const previousTo = addDays(currentFrom, -1);
  const current = windowFigures(incidents, currentFrom, today);
  const previous = windowFigures(incidents, addDays(previousTo, -(days - 1)), previousTo);
  // The insights' own "last 90 days" filter, when it covers the same days as the current window.
  const range = periodRange(INSIGHTS_PERIOD, today);
  const windowQuery =
    range?.from === currentFrom && range.to === today ? insightsQuery({ period: INSIGHTS_PERIOD }) : '';
  const definition = (key: DefinitionKey) => withBase(base, definitionPath(key));
  return {
    today,
    todayLabel: formatCalendarDate(today),
    windowDays: days,
    current,
    previous,
    change: changes(current, previous),
    insightsUrl: withBase(base, `insights/${windowQuery}`),
    recurring: recurringCauses(input, currentFrom, today, windowQuery),
    overdue: overdueSummary(input),
    latestMajor: incidents
      .filter((incident) => isMajor(incident.severity))
      .sort(newestFirst)
      .slice(0, FRONT_PAGE.latestMajor)
      .map(link),
    onThisDay: onThisDay(incidents, today).map((found) => ({ ...link(found.incident), yearsAgo: found.yearsAgo })),
    definitions: {
      timeToDetect: definition('timeToDetect'),
      timeToMitigate: definition('timeToMitigate'),
      median: definition('median'),
      repeat: definition('repeat'),
      overdue: definition('overdue'),
    },
  };
}
