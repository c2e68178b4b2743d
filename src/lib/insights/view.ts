/**
 * Turns a list of incidents into everything the insights panels show. Pure:
 * the build renders its result, and the filter script calls it again in the
 * browser for a narrower scope, so both always agree.
 */
import { isMajor, MAJOR_SEVERITIES } from '../../schema/vocabulary.ts';
import { allActionItems, countActionItems } from './action-items.ts';
import { customerDetectedPercent } from './breakdowns.ts';
import { yearOverYear, type PeriodFigures } from './comparison.ts';
import { formatChange, formatMinutes, formatNumber, formatShare } from './format.ts';
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
import { outcomeStats } from './stats-outcomes.ts';
import { DEFAULT_RECURRENCE_WINDOW_DAYS, findRepeats } from './recurrence.ts';
import { DEFAULT_ROLLING_MONTHS, timingSummary } from './timing.ts';
import type { InsightIncident, InsightNames } from './types.ts';
import { minutesCell, numberCell, shareCell, type PanelContext } from './view-cells.ts';
import type { InsightsView, Stat, TableModel } from './view-types.ts';
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
}

export const DEFAULT_LIST_LIMIT = 50;
const DEFAULT_CHART_LIMIT = 12;

export function insightsView(incidents: readonly InsightIncident[], options: ViewOptions): InsightsView {
  const {
    today,
    names,
    windowDays = DEFAULT_RECURRENCE_WINDOW_DAYS,
    rollingMonths = DEFAULT_ROLLING_MONTHS,
    listLimit = DEFAULT_LIST_LIMIT,
    chartLimit = DEFAULT_CHART_LIMIT,
  } = options;
  const repeats = findRepeats(incidents, windowDays);
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

function stats(context: PanelContext): Stat[] {
  const { incidents, today, repeats, windowDays } = context;
  const timing = timingSummary(incidents);
  const actions = countActionItems(allActionItems(incidents), today);
  const major = incidents.filter((incident) => isMajor(incident.severity)).length;
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
      value: formatMinutes(timing.timeToDetect.median),
      detail: `p90 ${formatMinutes(timing.timeToDetect.p90)}`,
    },
    {
      key: 'ttm',
      label: 'Median time to mitigate',
      value: formatMinutes(timing.timeToMitigate.median),
      detail: `p90 ${formatMinutes(timing.timeToMitigate.p90)}`,
    },
    {
      key: 'customer',
      label: 'Found by customers',
      value: formatShare(customerDetectedPercent(incidents)),
      detail: 'of incidents; drive it down',
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

function comparisonTable({ incidents, repeats, today, windowDays }: PanelContext): TableModel {
  const { current, previous } = yearOverYear(incidents, repeats, today);
  const range = (figures: PeriodFigures) => `${formatCalendarDate(figures.from)} – ${formatCalendarDate(figures.to)}`;
  const rows: [string, (figures: PeriodFigures) => number | undefined, 'count' | 'minutes' | 'share'][] = [
    ['Incidents', (f) => f.count, 'count'],
    ['SEV1 and SEV2 incidents', (f) => f.major, 'count'],
    ['Median time to detect (min)', (f) => f.timeToDetect.median, 'minutes'],
    ['p90 time to detect (min)', (f) => f.timeToDetect.p90, 'minutes'],
    ['Median time to mitigate (min)', (f) => f.timeToMitigate.median, 'minutes'],
    ['p90 time to mitigate (min)', (f) => f.timeToMitigate.p90, 'minutes'],
    ['Median impact duration (min)', (f) => f.impactDuration.median, 'minutes'],
    ['Found by customers (%)', (f) => f.customerPercent, 'share'],
    [`Repeats within ${windowDays} days`, (f) => f.repeats, 'count'],
  ];
  return {
    caption: `The last 12 months (${range(current)}) against the 12 before (${range(previous)}); lower is better on every row`,
    columns: [
      { label: 'Measure' },
      { label: 'Last 12 months', numeric: true },
      { label: 'Previous 12 months', numeric: true },
      { label: 'Change', numeric: true },
    ],
    rows: rows.map(([label, pick, kind]) => {
      const now = pick(current);
      const before = pick(previous);
      const cell = kind === 'minutes' ? minutesCell : kind === 'share' ? shareCell : numberCell;
      const change = now === undefined || before === undefined ? undefined : now - before;
      return [
        { text: label },
        cell(now),
        cell(before),
        change === undefined
          ? { text: '—' }
          : { text: formatChange(change, kind === 'share' ? ' pts' : ''), value: change },
      ];
    }),
    empty: 'No incidents.',
  };
}
