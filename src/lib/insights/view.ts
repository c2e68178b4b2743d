/**
 * Turns a list of incidents into everything the insights panels show. Pure:
 * the build renders its result, and the filter script calls it again in the
 * browser for a narrower scope, so both always agree.
 */
import { isMajor, MAJOR_SEVERITIES } from '../../schema/vocabulary.ts';
import { allActionItems, countActionItems } from './action-items.ts';
import { yearOverYear, type PeriodFigures } from './comparison.ts';
import { formatChange, formatNumber, formatShare } from './format.ts';
import { actionCompletionPanel, actionStatusPanel, overduePanel } from './panels-actions.ts';
import { contributingPanel, repeatsPanel, rootCausesPanel, rootCauseTrendPanel } from './panels-causes.ts';
import { detectionPanel, severityPanel } from './panels-incidents.ts';
import { durationsPanel, impactPanel, quarterlyPanel } from './panels-timing.ts';
import { rankedPanel } from './panels-rankings.ts';
import { resolveQuarterlyPanel } from './panels-resolve.ts';
import { severityMonthlyPanel, startClockPanel } from './panels-when.ts';
import { impactTotalsPanel, usersAffectedPanel } from './panels-impact.ts';
import { misleadingIncidentsPanel, misleadingSummaryPanel } from './panels-misleading.ts';
import {
  actionCloseTimePanel,
  actionOutcomesPanel,
  actionOwnersPanel,
  earlierPromisesPanel,
} from './panels-outcomes.ts';
import { oncePer } from '../memo.ts';
import { outcomeStats } from './stats-outcomes.ts';
import { DEFAULT_RECURRENCE_WINDOW_DAYS, findRepeats, type Repeat } from './recurrence.ts';
import type { Distribution, ReportedStatistic } from './percentiles.ts';
import { DEFAULT_ROLLING_MONTHS, timingSummary } from './timing.ts';
import type { InsightIncident, InsightNames } from './types.ts';
import {
  countOf,
  numberCell,
  SHARE_MIN_COUNT,
  shareOfCell,
  statisticCell,
  statisticLabel,
  TOO_FEW,
  type PanelContext,
} from './view-cells.ts';
import type { InsightsView, Stat, TableCell, TableModel } from './view-types.ts';
import { formatCalendarDate } from '../time/format.ts';

export interface ViewOptions {
  /** YYYY-MM-DD the archive is built as of: overdue items and "last 12 months" are judged against it. */
  today: string;
  names: InsightNames;
  windowDays?: number;
  rollingMonths?: number;
  /** Longest list of repeats or overdue items shown; the page says how many more there are. */
  listLimit?: number;
  /** Most categories drawn in a ranked chart (the table lists all). */
  chartLimit?: number;
  /**
   * Every incident of the archive, when `incidents` is a part of it (a team,
   * a service, a filter). A repeat's earlier incident may lie outside that
   * part, so repeats are found across the whole archive and then kept for the
   * incidents in view. Defaults to `incidents`.
   */
  archive?: readonly InsightIncident[];
}

export const DEFAULT_LIST_LIMIT = 50;
const DEFAULT_CHART_LIMIT = 12;

// Each service's and team's page views part of one archive: its repeats are found once per window.
const repeatsOf = oncePer<readonly InsightIncident[], number, readonly Repeat[]>();
const repeatsIn = (archive: readonly InsightIncident[], windowDays: number) =>
  repeatsOf(archive, windowDays, () => findRepeats(archive, windowDays));

export function insightsView(incidents: readonly InsightIncident[], options: ViewOptions): InsightsView {
  const {
    today,
    names,
    windowDays = DEFAULT_RECURRENCE_WINDOW_DAYS,
    rollingMonths = DEFAULT_ROLLING_MONTHS,
    listLimit = DEFAULT_LIST_LIMIT,
    chartLimit = DEFAULT_CHART_LIMIT,
  } = options;
  const inView = new Set(incidents.map((incident) => incident.id));
  const repeats = repeatsIn(options.archive ?? incidents, windowDays).filter((repeat) =>
    inView.has(repeat.incident.id),
  );
  const context: PanelContext = { incidents, today, names, windowDays, rollingMonths, listLimit, chartLimit, repeats };
  return {
    incidentCount: incidents.length,
    stats: stats(context),
    comparison: comparisonTable(context),
    panels: {
      durations: durationsPanel(context),
      detectQuarterly: quarterlyPanel(context, 'timeToDetect'),
      mitigateQuarterly: quarterlyPanel(context, 'timeToMitigate'),
      impact: impactPanel(context),
      severity: severityPanel(context),
      detection: detectionPanel(context),
      rootCauses: rootCausesPanel(context),
      rootCauseTrend: rootCauseTrendPanel(context),
      repeats: repeatsPanel(context),
      contributing: contributingPanel(context),
      actionStatus: actionStatusPanel(context),
      actionCompletion: actionCompletionPanel(context),
      overdue: overduePanel(context),
      byService: rankedPanel(context, 'services'),
      byTeam: rankedPanel(context, 'teams'),
      severityMonthly: severityMonthlyPanel(context),
      startClock: startClockPanel(context),
      resolveQuarterly: resolveQuarterlyPanel(context),
      misleadingIncidents: misleadingIncidentsPanel(context),
      misleadingSummary: misleadingSummaryPanel(context),
      actionOutcomes: actionOutcomesPanel(context),
      actionCloseTime: actionCloseTimePanel(context),
      actionOwners: actionOwnersPanel(context),
      earlierPromises: earlierPromisesPanel(context),
      impactTotals: impactTotalsPanel(context),
      usersAffected: usersAffectedPanel(context),
    },
  };
}

/** A tile's median: "42 min", "too few incidents", or "—" without incidents. */
const medianTile = (figures: Distribution) => (figures.count ? statisticLabel(figures.median, figures.count) : '—');

/** Its sample size and tail: "n = 25 · p90 3 h 10 min", "n = 7 · p90: too few incidents", "n = 0". */
function sampleDetail(figures: Distribution): string {
  const n = `n = ${formatNumber(figures.count)}`;
  if (figures.count === 0) return n;
  return figures.p90 === undefined
    ? `${n} · p90: ${TOO_FEW}`
    : `${n} · p90 ${statisticLabel(figures.p90, figures.count)}`;
}

function stats(context: PanelContext): Stat[] {
  const { incidents, today, repeats, windowDays } = context;
  const timing = timingSummary(incidents);
  const actions = countActionItems(allActionItems(incidents), today);
  const major = incidents.filter((incident) => isMajor(incident.severity)).length;
  const customers = incidents.filter((incident) => incident.detectedBy === 'customer').length;
  return [
    {
      key: 'incidents',
      label: 'Incidents',
      value: formatNumber(incidents.length),
      detail: `${major} ${MAJOR_SEVERITIES.join(' or ')}`,
    },
    {
      key: 'ttd',
      label: 'Median time to detect',
      value: medianTile(timing.timeToDetect),
      detail: sampleDetail(timing.timeToDetect),
    },
    {
      key: 'ttm',
      label: 'Median time to mitigate',
      value: medianTile(timing.timeToMitigate),
      detail: sampleDetail(timing.timeToMitigate),
    },
    {
      key: 'customer',
      label: 'Found by customers',
      value: formatShare(incidents.length ? (customers / incidents.length) * 100 : undefined),
      detail: incidents.length ? `${countOf(customers, incidents.length)} incidents; drive it down` : 'no incidents',
    },
    {
      key: 'repeats',
      label: `Repeats within ${windowDays} days`,
      value: formatNumber(repeats.length),
      detail: `${repeats.filter((repeat) => repeat.sameService).length} on the same service`,
    },
    {
      key: 'overdue',
      label: 'Overdue action items',
      value: formatNumber(actions.overdue),
      detail: `of ${actions.open + actions.inProgress} unfinished`,
    },
    ...outcomeStats(context),
  ];
}

/** A row of the comparison: a count, a median or p90 (needing its minimum n), or a share of incidents. */
type ComparisonRow =
  | { label: string; kind: 'count'; pick: (figures: PeriodFigures) => number }
  | { label: string; kind: ReportedStatistic; pick: (figures: PeriodFigures) => Distribution }
  | { label: string; kind: 'share'; pick: (figures: PeriodFigures) => number };

function comparisonTable({ incidents, repeats, today, windowDays }: PanelContext): TableModel {
  const { current, previous } = yearOverYear(incidents, repeats, today);
  const range = (figures: PeriodFigures) => `${formatCalendarDate(figures.from)} – ${formatCalendarDate(figures.to)}`;
  const rows: ComparisonRow[] = [
    { label: 'Incidents', kind: 'count', pick: (f) => f.count },
    { label: 'SEV1 and SEV2 incidents', kind: 'count', pick: (f) => f.major },
    { label: 'Median time to detect (min)', kind: 'median', pick: (f) => f.timeToDetect },
    { label: 'p90 time to detect (min)', kind: 'p90', pick: (f) => f.timeToDetect },
    { label: 'Median time to mitigate (min)', kind: 'median', pick: (f) => f.timeToMitigate },
    { label: 'p90 time to mitigate (min)', kind: 'p90', pick: (f) => f.timeToMitigate },
    { label: 'Median impact duration (min)', kind: 'median', pick: (f) => f.impactDuration },
    { label: 'Found by customers (%)', kind: 'share', pick: (f) => f.customerCount },
    { label: `Repeats within ${windowDays} days`, kind: 'count', pick: (f) => f.repeats },
  ];
  const cell = (row: ComparisonRow, figures: PeriodFigures): TableCell => {
    if (row.kind === 'count') return numberCell(row.pick(figures));
    if (row.kind === 'share') return shareOfCell(row.pick(figures), figures.count);
    const values = row.pick(figures);
    return statisticCell(values[row.kind], row.kind, values.count);
  };
  // A change in a share of a handful of incidents is noise: it needs SHARE_MIN_COUNT in both periods.
  const comparable = (row: ComparisonRow) =>
    row.kind !== 'share' || (current.count >= SHARE_MIN_COUNT && previous.count >= SHARE_MIN_COUNT);
  return {
    caption: `The last 12 months (${range(current)}) against the 12 before (${range(previous)}); lower is better on every row`,
    columns: [
      { label: 'Measure' },
      { label: 'Last 12 months', numeric: true },
      { label: 'Previous 12 months', numeric: true },
      { label: 'Change', numeric: true },
    ],
    rows: rows.map((row) => {
      const now = cell(row, current);
      const before = cell(row, previous);
      const change =
        now.value === undefined || before.value === undefined || !comparable(row)
          ? undefined
          : now.value - before.value;
      return [
        { text: row.label },
        now,
        before,
        change === undefined
          ? { text: '—', ...(comparable(row) ? {} : { title: `fewer than ${SHARE_MIN_COUNT} incidents in a period` }) }
          : { text: formatChange(change, row.kind === 'share' ? ' pts' : ''), value: change },
      ];
    }),
    empty: 'No incidents.',
  };
}
