/** Panels on how fast incidents are detected and mitigated, and how long they hurt. */
import { dayNumber, lastDayOfMonth, monthLabel, quarterLabel } from '../time/calendar.ts';
import { formatMinutes } from './format.ts';
import { plural } from '../words.ts';
import { durationPoints, impactHistogram, rollingMedians, timingByQuarter, timingSummary } from './timing.ts';
import type { Panel } from './view-types.ts';
import { COUNT_TONE, MEASURE_TONE } from './tones.ts';
import { minutesCell, minutesLabel, numberCell, percentOf, shareCell, span, type PanelContext } from './view-cells.ts';

export function durationsPanel({ incidents, rollingMonths }: PanelContext): Panel {
  const points = durationPoints(incidents);
  const rolling = rollingMedians(incidents, rollingMonths);
  const latest = rolling.at(-1);
  const months = `${rollingMonths} month${rollingMonths === 1 ? '' : 's'}`;
  const lineX = rolling.map((row) => dayNumber(lastDayOfMonth(row.month)));
  return {
    title: 'Time to detect and to mitigate, per incident',
    description: `Each mark is one incident; the lines are the median over the trailing ${months}, drawn at each month's end. Log scale, so minutes and days both show.`,
    summary: incidents.length
      ? `Scatter chart, log scale, of time to detect and time to mitigate in minutes for ${plural(incidents.length, 'incident')}${span(incidents.map((i) => i.date))}. Rolling ${rollingMonths}-month median at ${monthLabel(latest!.month)}: time to detect ${minutesLabel(latest!.timeToDetect)}, time to mitigate ${minutesLabel(latest!.timeToMitigate)}.`
      : 'Scatter chart of time to detect and time to mitigate: no incidents.',
    chart: {
      axis: 'time',
      xTitle: 'Incident start date',
      yTitle: 'Minutes (log scale)',
      scale: 'logarithmic',
      unit: 'minutes',
      series: [
        {
          label: 'Time to detect',
          type: 'scatter',
          tone: MEASURE_TONE.timeToDetect,
          point: 'circle',
          x: points.days,
          values: points.timeToDetect,
        },
        {
          label: 'Time to mitigate',
          type: 'scatter',
          tone: MEASURE_TONE.timeToMitigate,
          point: 'triangle',
          x: points.days,
          values: points.timeToMitigate,
        },
        {
          label: `Time to detect, ${rollingMonths}-month median`,
          type: 'line',
          tone: MEASURE_TONE.timeToDetect,
          x: lineX,
          values: rolling.map((row) => row.timeToDetect ?? null),
        },
        {
          label: `Time to mitigate, ${rollingMonths}-month median`,
          type: 'line',
          tone: MEASURE_TONE.timeToMitigate,
          dashed: true,
          x: lineX,
          values: rolling.map((row) => row.timeToMitigate ?? null),
        },
      ],
    },
    table: {
      caption: `Incidents per month and the rolling ${rollingMonths}-month medians the lines show`,
      columns: [
        { label: 'Month' },
        { label: 'Incidents that month', numeric: true },
        { label: `Incidents in the ${months}`, numeric: true },
        { label: 'Median time to detect (min)', numeric: true },
        { label: 'Median time to mitigate (min)', numeric: true },
      ],
      rows: rolling.map((row) => [
        { text: monthLabel(row.month) },
        numberCell(row.count),
        numberCell(row.windowCount),
        minutesCell(row.timeToDetect),
        minutesCell(row.timeToMitigate),
      ]),
      empty: 'No incidents.',
    },
  };
}

export function quarterlyPanel({ incidents }: PanelContext, measure: 'timeToDetect' | 'timeToMitigate'): Panel {
  const quarters = timingByQuarter(incidents);
  const words = measure === 'timeToDetect' ? 'time to detect' : 'time to mitigate';
  const short = measure === 'timeToDetect' ? 'TTD' : 'TTM';
  const tone = MEASURE_TONE[measure];
  const last = quarters.filter((quarter) => quarter.count > 0).at(-1);
  return {
    title: `${words[0]!.toUpperCase()}${words.slice(1)} per quarter`,
    description: `Median (solid) and 90th percentile (dashed) of the ${words} of the incidents that started in each quarter. Log scale.`,
    summary: last
      ? `Line chart, log scale, of the median and p90 ${words} in minutes for ${plural(quarters.length, 'quarter')} from ${quarterLabel(quarters[0]!.quarter)} to ${quarterLabel(quarters.at(-1)!.quarter)}. In ${quarterLabel(last.quarter)}: median ${minutesLabel(last[measure].median)}, p90 ${minutesLabel(last[measure].p90)}.`
      : `Line chart of the ${words} per quarter: no incidents.`,
    chart: {
      axis: 'category',
      labels: quarters.map((quarter) => quarterLabel(quarter.quarter)),
      xTitle: 'Quarter the incident started',
      yTitle: 'Minutes (log scale)',
      scale: 'logarithmic',
      unit: 'minutes',
      series: [
        {
          label: `Median ${short}`,
          type: 'line',
          tone,
          point: 'circle',
          values: quarters.map((quarter) => quarter[measure].median ?? null),
        },
        {
          label: `p90 ${short}`,
          type: 'line',
          tone,
          dashed: true,
          point: 'triangle',
          values: quarters.map((quarter) => quarter[measure].p90 ?? null),
        },
      ],
    },
    table: {
      caption: `Median and p90 ${words} per quarter`,
      columns: [
        { label: 'Quarter' },
        { label: 'Incidents', numeric: true },
        { label: `Median ${short} (min)`, numeric: true },
        { label: `p90 ${short} (min)`, numeric: true },
      ],
      rows: quarters.map((quarter) => [
        { text: quarterLabel(quarter.quarter) },
        numberCell(quarter.count),
        minutesCell(quarter[measure].median),
        minutesCell(quarter[measure].p90),
      ]),
      empty: 'No incidents.',
    },
  };
}

export function impactPanel({ incidents }: PanelContext): Panel {
  const bins = impactHistogram(incidents);
  const impact = timingSummary(incidents).impactDuration;
  const busiest = bins.reduce((a, b) => (b.count > a.count ? b : a));
  return {
    title: 'Impact duration',
    description: `How long users were affected, from start to mitigation. The bins widen as durations grow. Median ${formatMinutes(impact.median)}, p90 ${formatMinutes(impact.p90)}.`,
    summary: incidents.length
      ? `Histogram of impact duration for ${plural(incidents.length, 'incident')}: median ${formatMinutes(impact.median)}, p90 ${formatMinutes(impact.p90)}; the most common range is ${busiest.label} with ${plural(busiest.count, 'incident')}.`
      : 'Histogram of impact duration: no incidents.',
    chart: {
      axis: 'category',
      labels: bins.map((bin) => bin.label),
      xTitle: 'Impact duration (started to mitigated)',
      yTitle: 'Incidents',
      scale: 'linear',
      unit: 'incidents',
      series: [{ label: 'Incidents', type: 'bar', tone: COUNT_TONE, values: bins.map((bin) => bin.count) }],
    },
    table: {
      caption: 'Incidents by impact duration',
      columns: [{ label: 'Impact duration' }, { label: 'Incidents', numeric: true }, { label: 'Share', numeric: true }],
      rows: (incidents.length ? bins : []).map((bin) => [
        { text: bin.label },
        numberCell(bin.count),
        shareCell(percentOf(bin.count, incidents.length)),
      ]),
      empty: 'No incidents.',
    },
  };
}
