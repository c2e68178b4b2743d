/** Panels on time lost to misleading leads: per incident and across incidents. */
import { DEFINITIONS } from '../definitions.ts';
import { formatCalendarDate } from '../time/format.ts';
import { plural } from '../words.ts';
import { formatMinutes, formatShare } from './format.ts';
import { misleadingIncidents, misleadingSummary } from './misleading.ts';
import { MIN_SAMPLE } from './percentiles.ts';
import { MEASURE_TONE } from './tones.ts';
import type { Panel } from './view-types.ts';
import {
  dateCell,
  minutesCell,
  numberCell,
  percentOf,
  plainText,
  shareCell,
  statisticCell,
  type PanelContext,
} from './view-cells.ts';

/** The guide's words, so the panel and the guide say the same. */
const DEFINITION = DEFINITIONS.misleadingTime.words;

export function misleadingIncidentsPanel({ incidents, chartLimit, listLimit }: PanelContext): Panel {
  const ranked = misleadingIncidents(incidents);
  const drawn = ranked.slice(0, chartLimit);
  const listed = ranked.slice(0, listLimit);
  const hidden = ranked.length - listed.length;
  return {
    title: 'Time lost to misleading leads, per incident',
    description: `${DEFINITION} Incidents with at least one misleading lead, most time lost first; the share is of the incident’s impact duration and passes 100 % when leads were still chased after mitigation.${ranked.length > drawn.length ? ` The chart shows the top ${drawn.length}.` : ''}`,
    summary: ranked.length
      ? `Bar chart of minutes lost to misleading leads in ${plural(ranked.length, 'incident')}: ${drawn
          .map((entry) => `${plainText(entry.incident.title)} ${formatMinutes(entry.minutesLost)}`)
          .join('; ')}.`
      : 'Bar chart of time lost to misleading leads: no incident has one.',
    chart: {
      axis: 'category',
      horizontal: true,
      // Dates, not titles: a title does not fit beside a bar on a phone; the table names each incident.
      labels: drawn.map((entry) => formatCalendarDate(entry.incident.date)),
      xTitle: 'Minutes lost',
      yTitle: 'Incident date',
      scale: 'linear',
      unit: 'minutes',
      series: [
        {
          label: 'Time lost to misleading leads',
          type: 'bar',
          tone: MEASURE_TONE.misleadingLeads,
          values: drawn.map((entry) => entry.minutesLost),
        },
      ],
    },
    table: {
      caption: 'Incidents with a misleading lead, most time lost first',
      columns: [
        { label: 'Incident' },
        { label: 'Date', nowrap: true },
        { label: 'Misleading leads', numeric: true },
        { label: 'Minutes lost', numeric: true },
        { label: 'Share of impact duration (%)', numeric: true },
      ],
      rows: listed.map((entry) => [
        { text: plainText(entry.incident.title), href: entry.incident.url },
        dateCell(entry.incident.date),
        numberCell(entry.leads),
        minutesCell(entry.minutesLost),
        shareCell(entry.shareOfImpact),
      ]),
      empty: 'No incident has a misleading lead.',
      ...(hidden > 0 ? { more: `${plural(hidden, 'more incident')} with a misleading lead not listed.` } : {}),
    },
  };
}

export function misleadingSummaryPanel({ incidents }: PanelContext): Panel {
  const summary = misleadingSummary(incidents);
  return {
    title: 'Misleading leads across incidents',
    description: `${DEFINITION} How many incidents had one, the time lost in all, and the median per incident that had one (a median needs ${MIN_SAMPLE.median} such incidents).`,
    summary: `Table: ${summary.affected} of ${plural(summary.incidents, 'incident')} had a misleading lead; ${formatMinutes(summary.totalMinutes)} lost in all.`,
    table: {
      caption: 'Time lost to misleading leads, across incidents',
      columns: [{ label: 'Measure' }, { label: 'Value', numeric: true }, { label: 'Out of' }],
      rows:
        summary.incidents === 0
          ? []
          : [
              [
                { text: 'Incidents with a misleading lead' },
                numberCell(summary.affected),
                {
                  text: `${plural(summary.incidents, 'incident')} (${formatShare(percentOf(summary.affected, summary.incidents))})`,
                },
              ],
              [{ text: 'Misleading leads followed' }, numberCell(summary.leads), { text: '—' }],
              [
                { text: 'Minutes lost, in all' },
                minutesCell(summary.totalMinutes),
                {
                  text: `${formatShare(percentOf(summary.totalMinutes, summary.affectedImpactMinutes))} of their impact`,
                },
              ],
              [
                { text: 'Median minutes lost per incident with a lead' },
                statisticCell(summary.medianMinutes, 'median', summary.affected),
                { text: plural(summary.affected, 'incident') },
              ],
            ],
      empty: 'No incidents.',
    },
  };
}
