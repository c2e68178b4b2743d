/**
 * Panels on whether promises are kept: completion rate, time to close,
 * unfinished items by owner, and what a recurring cause's earlier incidents
 * promised.
 */
import { ACTION_STATUS_LABELS } from '../../schema/vocabulary.ts';
import { DEFINITIONS } from '../definitions.ts';
import { formatCalendarDate } from '../time/format.ts';
import { plural } from '../words.ts';
import { completionRate, ownersWithUnfinished, timeToClose } from './action-outcomes.ts';
import { allActionItems } from './action-items.ts';
import { binCounts } from './bins.ts';
import { earlierPromises, recurringCauses } from './earlier-promises.ts';
import { formatNumber, formatShare } from './format.ts';
import { MIN_SAMPLE } from './percentiles.ts';
import type { InsightActionItem } from './types.ts';
import { ACTION_STATE_TONE } from './tones.ts';
import type { Panel, TableCell } from './view-types.ts';
import { dateCell, name, numberCell, percentOf, plainText, shareCell, type PanelContext } from './view-cells.ts';

/** Days from the incident to the closed date: a week, a month, a quarter, half a year, a year. */
const CLOSE_EDGES = [8, 31, 91, 181, 366];
const CLOSE_BINS = ['0–7 days', '8–30 days', '31–90 days', '91–180 days', '181–365 days', 'Over 365 days'];

/** Rows of the earlier-promises list: the unfinished ones come first, the root-cause pages have the rest. */
const PROMISE_LIMIT = 20;

/** A median in days, or "too few items" (why, on hover) when fewer than MIN_SAMPLE.median items are behind it. */
function daysStatisticCell(value: number | undefined, count: number): TableCell {
  if (value !== undefined) return { text: `${formatNumber(value)} days`, value };
  return count > 0
    ? { text: 'too few items', title: `${plural(count, 'item')}; a median needs at least ${MIN_SAMPLE.median}` }
    : { text: '—' };
}

export function actionOutcomesPanel({ incidents }: PanelContext): Panel {
  const rate = completionRate(allActionItems(incidents));
  const close = timeToClose(incidents);
  return {
    title: 'Completion rate and time to close',
    description: `${DEFINITIONS.completionRate.words} So the rate is done ÷ (all − won’t do): dropping an item on purpose counts neither for nor against it, and open or in-progress items count against it. ${DEFINITIONS.timeToClose.words}`,
    summary: `Table: completion rate ${formatShare(rate.percent)} (${rate.done} done of ${rate.considered}); ${close.days.length} of ${plural(close.done, 'done item')} have a closed date.`,
    table: {
      caption: 'Action-item completion rate and time to close',
      columns: [{ label: 'Measure' }, { label: 'Value', numeric: true }, { label: 'Out of' }],
      rows:
        rate.total === 0
          ? []
          : [
              [
                { text: 'Completion rate: done ÷ (all − won’t do)' },
                shareCell(rate.percent),
                { text: `${rate.done} done of ${rate.considered} (${rate.total} items, ${rate.wontDo} won’t do)` },
              ],
              [
                { text: 'Median days from incident to closed' },
                daysStatisticCell(close.medianDays, close.days.length),
                { text: plural(close.days.length, 'done item') + ' with a closed date' },
              ],
              [
                { text: 'Done items with no closed date' },
                numberCell(close.undated),
                { text: plural(close.done, 'done item') },
              ],
            ],
      empty: 'No action items.',
    },
  };
}

export function actionCloseTimePanel({ incidents }: PanelContext): Panel {
  const close = timeToClose(incidents);
  const bins = binCounts(close.days, CLOSE_EDGES, CLOSE_BINS);
  return {
    title: 'Time to close action items',
    description: `Done items by the days from the incident’s start date to their closed date.${close.undated ? ` ${plural(close.undated, 'done item')} without a closed date ${close.undated === 1 ? 'is' : 'are'} not drawn.` : ''}`,
    summary: close.days.length
      ? `Bar chart of ${plural(close.days.length, 'done item')} by days to close: ${bins.map((bin) => `${bin.label} ${bin.count}`).join(', ')}.`
      : 'Bar chart of time to close: no done item has a closed date.',
    chart: {
      axis: 'category',
      labels: bins.map((bin) => bin.label),
      xTitle: 'Days from the incident to closed',
      yTitle: 'Done items',
      scale: 'linear',
      unit: 'items',
      series: [{ label: 'Done', type: 'bar', tone: ACTION_STATE_TONE.done, values: bins.map((bin) => bin.count) }],
    },
    table: {
      caption: 'Done action items by days from the incident to their closed date',
      columns: [
        { label: 'Days to close' },
        { label: 'Done items', numeric: true },
        { label: 'Share (%)', numeric: true },
      ],
      rows: close.days.length
        ? bins.map((bin) => [
            { text: bin.label },
            numberCell(bin.count),
            shareCell(percentOf(bin.count, close.days.length)),
          ])
        : [],
      empty: 'No done action item has a closed date.',
    },
  };
}

export function actionOwnersPanel({ incidents, today, names, chartLimit }: PanelContext): Panel {
  const owners = ownersWithUnfinished(incidents, today, names.teams);
  const drawn = owners.slice(0, chartLimit);
  const ownerLabel = (owner: (typeof owners)[number]) => (owner.team ? `${owner.team} (team)` : owner.owner);
  return {
    title: 'Unfinished action items by owner',
    description: `Open and in-progress items grouped by their owner as written, a team when it names one, else a person; overdue ones are past their due date as of ${formatCalendarDate(today)}. Most overdue first.${owners.length > drawn.length ? ` The chart shows the top ${drawn.length}; the table lists all ${owners.length}.` : ''}`,
    summary: owners.length
      ? `Stacked bar chart of unfinished action items for ${plural(owners.length, 'owner')}: ${drawn.map((owner) => `${ownerLabel(owner)} ${owner.overdue} overdue of ${owner.unfinished}`).join('; ')}.`
      : 'Bar chart of unfinished action items by owner: none.',
    chart: {
      axis: 'category',
      horizontal: true,
      stacked: true,
      labels: drawn.map(ownerLabel),
      xTitle: 'Unfinished action items',
      yTitle: 'Owner',
      scale: 'linear',
      unit: 'items',
      series: [
        { label: 'Overdue', type: 'bar', tone: ACTION_STATE_TONE.overdue, values: drawn.map((owner) => owner.overdue) },
        {
          label: 'Not yet due',
          type: 'bar',
          tone: ACTION_STATE_TONE.notYetDue,
          values: drawn.map((owner) => owner.unfinished - owner.overdue),
        },
      ],
    },
    table: {
      caption: `Unfinished action items by owner, as of ${formatCalendarDate(today)}`,
      columns: [
        { label: 'Owner' },
        { label: 'Unfinished', numeric: true },
        { label: 'Overdue', numeric: true },
        { label: 'Oldest overdue due date', nowrap: true },
      ],
      rows: owners.map((owner) => [
        { text: ownerLabel(owner) },
        numberCell(owner.unfinished),
        numberCell(owner.overdue),
        owner.oldestOverdue ? dateCell(owner.oldestOverdue) : { text: '—' },
      ]),
      empty: 'No unfinished action items.',
    },
  };
}

function statusText(item: InsightActionItem, overdue: boolean): string {
  const label = ACTION_STATUS_LABELS[item.status] ?? item.status;
  if (overdue) return `${label}, overdue`;
  return item.closed ? `${label} ${formatCalendarDate(item.closed)}` : label;
}

export function earlierPromisesPanel({ incidents, today, names, listLimit }: PanelContext): Panel {
  const causes = recurringCauses(incidents);
  const promises = earlierPromises(incidents, today);
  const listed = promises.slice(0, Math.min(listLimit, PROMISE_LIMIT));
  const hidden = promises.length - listed.length;
  const unfinished = promises.filter((promise) => promise.unfinished).length;
  const overdue = promises.filter((promise) => promise.overdue).length;
  const silent = causes.flatMap((cause) => cause.earlier).filter((incident) => incident.actionItems.length === 0);
  return {
    title: 'What a recurring cause’s earlier incidents promised',
    description: `For each root cause with more than one incident, the action items of every incident but its latest: what was promised last time, and whether it was done. Overdue first, then the other unfinished ones, then those dropped as won’t do; beside each cause, the date it came back.${silent.length ? ` ${plural(silent.length, 'earlier incident')} had no action items.` : ''}`,
    summary: causes.length
      ? `List of ${plural(promises.length, 'action item')} from the earlier incidents of ${plural(causes.length, 'recurring root cause')}: ${unfinished} unfinished, ${overdue} of them overdue.`
      : 'List of earlier promises: no root cause has more than one incident.',
    table: {
      caption: `Action items of the earlier incidents of each recurring root cause, as of ${formatCalendarDate(today)}`,
      columns: [
        { label: 'Action item' },
        { label: 'Status', nowrap: true },
        { label: 'Owner' },
        { label: 'Due', nowrap: true },
        { label: 'Root cause' },
        { label: 'Earlier postmortem' },
      ],
      rows: listed.map(({ cause, incident, item, overdue: late }) => [
        { text: plainText(item.title) },
        { text: statusText(item, late) },
        { text: item.owner },
        dateCell(item.due),
        {
          text: `${name(names.rootCauses, cause.cause)} (again ${formatCalendarDate(cause.latest.date)})`,
          title: plainText(cause.latest.title),
        },
        { text: plainText(incident.title), href: incident.url },
      ]),
      empty: causes.length
        ? 'No action items on the earlier incidents of a recurring root cause.'
        : 'No root cause has more than one incident.',
      ...(hidden > 0
        ? { more: `${plural(hidden, 'more earlier action item')} not listed; each root cause’s page lists them all.` }
        : {}),
    },
  };
}
