/** Panels on recurring root causes and contributing factors. */
import { formatCalendarDate } from '../time/format.ts';
import { rankContributingFactors } from './breakdowns.ts';
import { quarterHeading } from './periods.ts';
import { rankRootCauses, rootCauseTrend } from './recurrence.ts';
import type { Panel } from './view-types.ts';
import { CATEGORY_RAMP, COUNT_TONE, REPEAT_TONE } from './tones.ts';
import { plural } from '../words.ts';
import { dateCell, name, numberCell, percentOf, plainText, shareCell, type PanelContext } from './view-cells.ts';

/** Recurring categories drawn in the trend chart: one step of the category ramp each, most frequent darkest. */
const TREND_LIMIT = CATEGORY_RAMP.length;

export function rootCausesPanel({ incidents, repeats, names, windowDays, chartLimit }: PanelContext): Panel {
  const ranked = rankRootCauses(incidents, repeats);
  const drawn = ranked.slice(0, chartLimit);
  const recurring = ranked.filter((row) => row.incidents > 1);
  return {
    title: 'Root causes, ranked',
    description: `Incidents per root-cause category, and how many of them came within ${windowDays} days of an earlier incident with the same cause.${ranked.length > drawn.length ? ` The chart shows the top ${drawn.length}; the table lists all ${ranked.length}.` : ''}`,
    summary: ranked.length
      ? `Bar chart of ${plural(ranked.length, 'root-cause category', 'root-cause categories')} by incidents. ${recurring.length ? `Recurring: ${recurring.map((row) => `${name(names.rootCauses, row.category)} ${row.incidents} times (${row.repeats} within ${windowDays} days)`).join('; ')}.` : 'No category recurs.'}`
      : 'Bar chart of root causes: no incidents.',
    chart: {
      axis: 'category',
      horizontal: true,
      labels: drawn.map((row) => name(names.rootCauses, row.category)),
      xTitle: 'Incidents',
      yTitle: 'Root-cause category',
      scale: 'linear',
      unit: 'incidents',
      series: [
        { label: 'Incidents', type: 'bar', tone: COUNT_TONE, values: drawn.map((row) => row.incidents) },
        {
          label: `Repeats within ${windowDays} days`,
          type: 'bar',
          tone: REPEAT_TONE,
          values: drawn.map((row) => row.repeats),
        },
      ],
    },
    table: {
      caption: `Root-cause categories by incidents, with repeats within ${windowDays} days`,
      columns: [
        { label: 'Root cause' },
        { label: 'Incidents', numeric: true },
        { label: `Repeats within ${windowDays} days`, numeric: true },
        { label: 'Of which on the same service', numeric: true },
        { label: 'First', nowrap: true },
        { label: 'Latest', nowrap: true },
      ],
      rows: ranked.map((row) => [
        { text: name(names.rootCauses, row.category) },
        numberCell(row.incidents),
        numberCell(row.repeats),
        numberCell(row.sameServiceRepeats),
        dateCell(row.firstDate),
        dateCell(row.lastDate),
      ]),
      empty: 'No incidents.',
    },
  };
}

export function rootCauseTrendPanel({ incidents, repeats, names, today }: PanelContext): Panel {
  const allRecurring = rankRootCauses(incidents, repeats).filter((row) => row.incidents > 1);
  const recurring = allRecurring.slice(0, TREND_LIMIT).map((row) => row.category);
  const trend = rootCauseTrend(incidents, recurring);
  const labelOf = (category: string) => name(names.rootCauses, category);
  return {
    title: 'Recurring root causes over time',
    description: `Each bar is a quarter, split by the root causes seen more than once${allRecurring.length > TREND_LIMIT ? ` (the ${TREND_LIMIT} most frequent of ${allRecurring.length})` : ''}.`,
    summary: recurring.length
      ? `Stacked bar chart of incidents per quarter for ${plural(recurring.length, 'recurring root cause')}: ${recurring
          .map(
            (category) =>
              `${labelOf(category)} in ${trend
                .filter((q) => q.counts[category]! > 0)
                .map((q) => quarterHeading(q.quarter, today))
                .join(', ')}`,
          )
          .join('; ')}.`
      : 'Bar chart of recurring root causes: no root cause has occurred more than once.',
    chart: {
      axis: 'category',
      labels: trend.map((quarter) => quarterHeading(quarter.quarter, today)),
      stacked: true,
      xTitle: 'Quarter the incident started',
      yTitle: 'Incidents',
      scale: 'linear',
      unit: 'incidents',
      series: recurring.map((category, index) => ({
        label: labelOf(category),
        type: 'bar' as const,
        tone: CATEGORY_RAMP[index]!,
        values: trend.map((quarter) => quarter.counts[category]!),
      })),
    },
    table: {
      caption: 'Incidents per quarter for each recurring root cause',
      columns: [{ label: 'Quarter' }, ...recurring.map((category) => ({ label: labelOf(category), numeric: true }))],
      rows: recurring.length
        ? trend.map((quarter) => [
            { text: quarterHeading(quarter.quarter, today) },
            ...recurring.map((category) => numberCell(quarter.counts[category])),
          ])
        : [],
      empty: 'No root cause has occurred more than once.',
    },
  };
}

export function repeatsPanel({ repeats, names, windowDays, listLimit }: PanelContext): Panel {
  const shown = repeats.slice(0, listLimit);
  const hidden = repeats.length - shown.length;
  const serviceNames = (ids: string[]) => ids.map((id) => name(names.services, id)).join(', ');
  return {
    title: `Repeats within ${windowDays} days`,
    description: `Incidents whose root-cause category had already caused an incident in the ${windowDays} days before, newest first. “Same service” names the services both hit.`,
    summary: `List of ${plural(repeats.length, 'repeat')}.`,
    table: {
      caption: `Incidents that repeated a root cause within ${windowDays} days`,
      columns: [
        { label: 'Incident' },
        { label: 'Started', nowrap: true },
        { label: 'Root cause' },
        { label: 'Repeats' },
        { label: 'Days apart', numeric: true },
        { label: 'Same service' },
      ],
      rows: shown.map((repeat) => {
        const same = repeat.sameService;
        const sameText = same
          ? same.previous.id === repeat.previous.id
            ? serviceNames(same.services)
            : `${serviceNames(same.services)}, with ${formatCalendarDate(same.previous.date)} (${same.daysApart} days)`
          : 'No';
        return [
          { text: plainText(repeat.incident.title), href: repeat.incident.url },
          dateCell(repeat.incident.date),
          { text: name(names.rootCauses, repeat.incident.rootCause) },
          {
            text: `${formatCalendarDate(repeat.previous.date)}: ${plainText(repeat.previous.title)}`,
            href: repeat.previous.url,
          },
          numberCell(repeat.daysApart),
          { text: sameText },
        ];
      }),
      empty: `No root cause repeated within ${windowDays} days.`,
      ...(hidden > 0 ? { more: `${plural(hidden, 'older repeat')} not listed.` } : {}),
    },
  };
}

export function contributingPanel({ incidents, names, chartLimit }: PanelContext): Panel {
  const ranked = rankContributingFactors(incidents);
  const drawn = ranked.slice(0, chartLimit);
  return {
    title: 'Contributing factors, ranked',
    description: `How many incidents name each factor as contributing to it, beside the root cause.${ranked.length > drawn.length ? ` The chart shows the top ${drawn.length}; the table lists all ${ranked.length}.` : ''}`,
    summary: ranked.length
      ? `Bar chart of ${plural(ranked.length, 'contributing factor')} by incidents; most frequent: ${drawn
          .slice(0, 3)
          .map((row) => `${name(names.rootCauses, row.id)} (${row.count})`)
          .join(', ')}.`
      : 'Bar chart of contributing factors: none named.',
    chart: {
      axis: 'category',
      horizontal: true,
      labels: drawn.map((row) => name(names.rootCauses, row.id)),
      xTitle: 'Incidents',
      yTitle: 'Contributing factor',
      scale: 'linear',
      unit: 'incidents',
      series: [{ label: 'Incidents', type: 'bar', tone: COUNT_TONE, values: drawn.map((row) => row.count) }],
    },
    table: {
      caption: 'Contributing factors by the incidents that name them',
      columns: [
        { label: 'Contributing factor' },
        { label: 'Incidents', numeric: true },
        { label: 'Share of incidents', numeric: true },
      ],
      rows: ranked.map((row) => [
        { text: name(names.rootCauses, row.id) },
        numberCell(row.count),
        shareCell(percentOf(row.count, incidents.length)),
      ]),
      empty: 'No contributing factors named.',
    },
  };
}
