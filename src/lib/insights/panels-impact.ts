/** Panels on who and what an incident cost: customers, revenue, share of users. */
import { plural } from '../words.ts';
import { binCounts } from './bins.ts';
import { formatMoney, formatNumber } from './format.ts';
import { impactTotals } from './impact-totals.ts';
import { COUNT_TONE } from './tones.ts';
import type { Panel } from './view-types.ts';
import { numberCell, percentOf, shareCell, type PanelContext } from './view-cells.ts';

/** Share of users affected, in percent. */
const USERS_EDGES = [1, 5, 10, 25, 50];
const USERS_BINS = ['Under 1 %', '1–5 %', '5–10 %', '10–25 %', '25–50 %', '50 % or more'];

export function impactTotalsPanel({ incidents }: PanelContext): Panel {
  const totals = impactTotals(incidents);
  const stated = (count: number) => ({ text: `${count} of ${totals.incidents}`, value: count });
  return {
    title: 'Customers and revenue affected',
    description:
      'Totals over the incidents whose postmortem states the figure; the others are left out, so each total says how many incidents it is drawn from. Amounts in different currencies are never added.',
    summary: `Table: ${formatNumber(totals.customers.total)} customers affected over ${totals.customers.stated} incidents; revenue lost ${totals.revenue.map((entry) => formatMoney(entry.amount, entry.currency)).join(', ') || 'not stated'}.`,
    table: {
      caption: 'Customers affected and revenue lost, summed over the incidents that state them',
      columns: [
        { label: 'Measure' },
        { label: 'Total', numeric: true },
        { label: 'Incidents stating it', numeric: true },
      ],
      rows:
        totals.incidents === 0
          ? []
          : [
              [{ text: 'Customers affected' }, numberCell(totals.customers.total), stated(totals.customers.stated)],
              ...totals.revenue.map((entry) => [
                { text: `Revenue lost (${entry.currency})` },
                { text: formatMoney(entry.amount, entry.currency), value: entry.amount },
                stated(entry.stated),
              ]),
              ...(totals.revenue.length === 0 ? [[{ text: 'Revenue lost' }, { text: '—' }, stated(0)]] : []),
            ],
      empty: 'No incidents.',
    },
  };
}

export function usersAffectedPanel({ incidents }: PanelContext): Panel {
  const bins = binCounts(
    incidents.map((incident) => incident.usersAffectedPercent),
    USERS_EDGES,
    USERS_BINS,
  );
  return {
    title: 'Share of users affected',
    description:
      'Incidents by the share of users they affected, as each postmortem states it; a share on a bin’s edge counts in the bin above it.',
    summary: incidents.length
      ? `Bar chart of ${plural(incidents.length, 'incident')} by share of users affected: ${bins.map((bin) => `${bin.label} ${bin.count}`).join(', ')}.`
      : 'Bar chart of users affected: no incidents.',
    chart: {
      axis: 'category',
      labels: bins.map((bin) => bin.label),
      xTitle: 'Users affected',
      yTitle: 'Incidents',
      scale: 'linear',
      unit: 'incidents',
      series: [{ label: 'Incidents', type: 'bar', tone: COUNT_TONE, values: bins.map((bin) => bin.count) }],
    },
    table: {
      caption: 'Incidents by the share of users affected',
      columns: [
        { label: 'Users affected' },
        { label: 'Incidents', numeric: true },
        { label: 'Share of incidents (%)', numeric: true },
      ],
      rows: incidents.length
        ? bins.map((bin) => [
            { text: bin.label },
            numberCell(bin.count),
            shareCell(percentOf(bin.count, incidents.length)),
          ])
        : [],
      empty: 'No incidents.',
    },
  };
}
