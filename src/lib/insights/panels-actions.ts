/** Panels on whether action items get done, and on time. */
import { ACTION_STATUS_LABELS } from '../../schema/vocabulary.ts';
import { formatCalendarDate } from '../time/format.ts';
import { allActionItems, completionByQuarter, countActionItems, overdueActionItems } from './action-items.ts';
import { quarterOf } from '../time/calendar.ts';
import { quarterHeading } from './periods.ts';
import { formatShare } from './format.ts';
import { plural } from '../words.ts';
import type { Panel } from './view-types.ts';
import { ACTION_STATE_TONE, COUNT_TONE, type Tone } from './tones.ts';
import { dateCell, numberCell, percentOf, plainText, shareCell, type PanelContext } from './view-cells.ts';

export function actionStatusPanel({ incidents, today }: PanelContext): Panel {
  const counts = countActionItems(allActionItems(incidents), today);
  const rows: [string, number, Tone][] = [
    [ACTION_STATUS_LABELS.open!, counts.open, ACTION_STATE_TONE.open],
    [ACTION_STATUS_LABELS['in-progress']!, counts.inProgress, ACTION_STATE_TONE.inProgress],
    [ACTION_STATUS_LABELS.done!, counts.done, ACTION_STATE_TONE.done],
    [ACTION_STATUS_LABELS['wont-do']!, counts.wontDo, ACTION_STATE_TONE.wontDo],
  ];
  return {
    title: 'Action items by status',
    description: `Where every action item stands as of ${formatCalendarDate(today)}. Overdue items are open or in progress past their due date, so they are also counted under those.`,
    summary: counts.total
      ? `Bar chart of ${plural(counts.total, 'action item')}: ${rows.map(([label, count]) => `${label.toLowerCase()} ${count}`).join(', ')}; ${counts.overdue} overdue.`
      : 'Bar chart of action items by status: none.',
    chart: {
      axis: 'category',
      labels: [...rows.map(([label]) => label), 'Overdue'],
      xTitle: 'Status',
      yTitle: 'Action items',
      scale: 'linear',
      unit: 'items',
      series: [
        {
          label: 'Action items',
          type: 'bar',
          tone: COUNT_TONE,
          tones: [...rows.map(([, , tone]) => tone), ACTION_STATE_TONE.overdue],
          values: [...rows.map(([, count]) => count), counts.overdue],
        },
      ],
    },
    table: {
      caption: `Action items by status as of ${formatCalendarDate(today)}`,
      columns: [{ label: 'Status' }, { label: 'Action items', numeric: true }, { label: 'Share', numeric: true }],
      rows: [
        ...rows.map(([label, count]) => [
          { text: label },
          numberCell(count),
          shareCell(percentOf(count, counts.total)),
        ]),
        [
          { text: 'Overdue (open or in progress)' },
          numberCell(counts.overdue),
          shareCell(percentOf(counts.overdue, counts.total)),
        ],
        [{ text: 'Total' }, numberCell(counts.total), shareCell(counts.total ? 100 : undefined)],
      ],
      empty: 'No action items.',
    },
  };
}

export function actionCompletionPanel({ incidents, today }: PanelContext): Panel {
  const quarters = completionByQuarter(allActionItems(incidents), today);
  const notYetDue = (quarter: (typeof quarters)[number]) => quarter.open + quarter.inProgress - quarter.overdue;
  // The latest quarter that has begun: later ones are mostly not yet due.
  const latest = quarters.filter((quarter) => quarter.total > 0 && quarter.quarter <= quarterOf(today)).at(-1);
  return {
    title: 'Action items by the quarter they are due',
    description:
      'Of the items due in each quarter: done, won’t do, overdue (still open past the date), and not yet due. A quarter in the past should be all done.',
    summary: quarters.length
      ? `Stacked bar chart of action items by due quarter from ${quarterHeading(quarters[0]!.quarter, today)} to ${quarterHeading(quarters.at(-1)!.quarter, today)}; ${latest ? `in ${quarterHeading(latest.quarter, today)}, completion rate ${formatShare(latest.completionPercent)}; ` : ''}${quarters.reduce((sum, quarter) => sum + quarter.overdue, 0)} overdue in all.`
      : 'Stacked bar chart of action items by due quarter: none.',
    chart: {
      axis: 'category',
      labels: quarters.map((quarter) => quarterHeading(quarter.quarter, today)),
      stacked: true,
      xTitle: 'Quarter the item is due',
      yTitle: 'Action items',
      scale: 'linear',
      unit: 'items',
      series: [
        { label: 'Done', type: 'bar', tone: ACTION_STATE_TONE.done, values: quarters.map((quarter) => quarter.done) },
        {
          label: 'Won’t do',
          type: 'bar',
          tone: ACTION_STATE_TONE.wontDo,
          values: quarters.map((quarter) => quarter.wontDo),
        },
        {
          label: 'Overdue',
          type: 'bar',
          tone: ACTION_STATE_TONE.overdue,
          values: quarters.map((quarter) => quarter.overdue),
        },
        { label: 'Not yet due', type: 'bar', tone: ACTION_STATE_TONE.notYetDue, values: quarters.map(notYetDue) },
      ],
    },
    table: {
      caption: `Action items by the quarter they are due, as of ${formatCalendarDate(today)}`,
      columns: [
        { label: 'Due in' },
        { label: 'Items', numeric: true },
        { label: 'Done', numeric: true },
        { label: 'Won’t do', numeric: true },
        { label: 'Overdue', numeric: true },
        { label: 'Not yet due', numeric: true },
        { label: 'Completion rate (%)', numeric: true },
      ],
      rows: quarters.map((quarter) => [
        { text: quarterHeading(quarter.quarter, today) },
        numberCell(quarter.total),
        numberCell(quarter.done),
        numberCell(quarter.wontDo),
        numberCell(quarter.overdue),
        numberCell(notYetDue(quarter)),
        shareCell(quarter.completionPercent),
      ]),
      empty: 'No action items.',
    },
  };
}

export function overduePanel({ incidents, today, listLimit }: PanelContext): Panel {
  const overdue = overdueActionItems(incidents, today);
  const shown = overdue.slice(0, listLimit);
  const hidden = overdue.length - shown.length;
  return {
    title: 'Overdue action items',
    description: `Open or in progress past their due date as of ${formatCalendarDate(today)}, longest overdue first.`,
    summary: `List of ${plural(overdue.length, 'overdue action item')}.`,
    table: {
      caption: `Action items past their due date as of ${formatCalendarDate(today)}`,
      columns: [
        { label: 'Action item' },
        { label: 'Owner' },
        { label: 'Due', nowrap: true },
        { label: 'Days overdue', numeric: true },
        { label: 'Status', nowrap: true },
        { label: 'Postmortem' },
      ],
      rows: shown.map(({ incident, item, daysOverdue }) => [
        { text: plainText(item.title) },
        { text: item.owner },
        dateCell(item.due),
        numberCell(daysOverdue),
        { text: ACTION_STATUS_LABELS[item.status] ?? item.status },
        { text: plainText(incident.title), href: incident.url },
      ]),
      empty: 'No action item is overdue.',
      ...(hidden > 0 ? { more: `${plural(hidden, 'more overdue item')} not listed; see the action items page.` } : {}),
    },
  };
}
