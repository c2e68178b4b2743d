/** Panels on how fast incidents are detected and mitigated, and how long they hurt. */
import { dayNumber, lastDayOfMonth } from '../time/calendar.ts';
import { formatMinutes } from './format.ts';
import { plural } from '../words.ts';
import { MIN_SAMPLE } from './percentiles.ts';
import { monthHeading, quarterHeading } from './periods.ts';
import { durationPoints, impactHistogram, rollingMedians, timingByQuarter, timingSummary } from './timing.ts';
import type { Panel } from './view-types.ts';
import { COUNT_TONE, MEASURE_TONE } from './tones.ts';
import { numberCell, shareOfCell, span, statisticCell, type PanelContext } from './view-cells.ts';

/** Said under every chart of medians and p90s, so a gap reads as a rule, not missing data. */
const SAMPLE_RULE = `fewer than ${MIN_SAMPLE.median} incidents have no median; fewer than ${MIN_SAMPLE.p90}, no p90`;

/** A median and p90 in a sentence, saying which the sample is too small for. */
function medianAndP90(figures: { count: number; median?: number; p90?: number }): string {
  if (figures.count === 0) return 'no incidents';
  if (figures.median === undefined) return 'too few for a median or p90';
  const median = `median ${formatMinutes(figures.median)}`;
  return figures.p90 === undefined ? `${median}, too few for a p90` : `${median}, p90 ${formatMinutes(figures.p90)}`;
}

export function durationsPanel({ incidents, rollingMonths, today }: PanelContext): Panel {
  const points = durationPoints(incidents);
  const rolling = rollingMedians(incidents, rollingMonths);
  const latest = rolling.at(-1);
  const months = `${rollingMonths} month${rollingMonths === 1 ? '' : 's'}`;
  // At each month's end, or at the build date in a month not yet over.
  const lineX = rolling.map((row) => dayNumber([lastDayOfMonth(row.month), today].sort()[0]!));
  const drawn = rolling.filter((row) => row.timeToDetect !== undefined).length;
  return {
    title: 'Time to detect and to mitigate, per incident',
    description: `Each mark is one incident; the lines are the median over the trailing ${months}, drawn at each month's end, with a gap where those months hold fewer than ${MIN_SAMPLE.median} incidents. Log scale, so minutes and days both show.`,
    summary: incidents.length
      ? `Scatter chart, log scale, of time to detect and time to mitigate in minutes for ${plural(incidents.length, 'incident')}${span(incidents.map((i) => i.date))}. The rolling ${rollingMonths}-month median is drawn for ${drawn} of ${plural(rolling.length, 'month')}; at ${monthHeading(latest!.month, today)}, over ${plural(latest!.windowCount, 'incident')}: ${latest!.timeToDetect === undefined ? 'too few for a median' : `time to detect ${formatMinutes(latest!.timeToDetect)}, time to mitigate ${formatMinutes(latest!.timeToMitigate)}`}.`
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
        { text: monthHeading(row.month, today) },
        numberCell(row.count),
        numberCell(row.windowCount),
        statisticCell(row.timeToDetect, 'median', row.windowCount),
        statisticCell(row.timeToMitigate, 'median', row.windowCount),
      ]),
      empty: 'No incidents.',
    },
  };
}

export function quarterlyPanel({ incidents, today }: PanelContext, measure: 'timeToDetect' | 'timeToMitigate'): Panel {
  const quarters = timingByQuarter(incidents);
  const words = measure === 'timeToDetect' ? 'time to detect' : 'time to mitigate';
  const short = measure === 'timeToDetect' ? 'TTD' : 'TTM';
  const tone = MEASURE_TONE[measure];
  const last = quarters.filter((quarter) => quarter.count > 0).at(-1);
  const withMedian = quarters.filter((quarter) => quarter[measure].median !== undefined).length;
  const withP90 = quarters.filter((quarter) => quarter[measure].p90 !== undefined).length;
  return {
    title: `${words[0]!.toUpperCase()}${words.slice(1)} per quarter`,
    description: `Median (solid) and 90th percentile (dashed) of the ${words} of the incidents that started in each quarter. Quarters with ${SAMPLE_RULE}. Log scale.`,
    summary: last
      ? `Line chart, log scale, of the median and p90 ${words} in minutes for ${plural(quarters.length, 'quarter')} from ${quarterHeading(quarters[0]!.quarter, today)} to ${quarterHeading(quarters.at(-1)!.quarter, today)}, ${plural(incidents.length, 'incident')}; quarters with enough incidents: ${withMedian} for a median, ${withP90} for a p90. In ${quarterHeading(last.quarter, today)}, ${plural(last.count, 'incident')}: ${medianAndP90(last[measure])}.`
      : `Line chart of the ${words} per quarter: no incidents.`,
    chart: {
      axis: 'category',
      labels: quarters.map((quarter) => quarterHeading(quarter.quarter, today)),
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
        { text: quarterHeading(quarter.quarter, today) },
        numberCell(quarter.count),
        statisticCell(quarter[measure].median, 'median', quarter.count),
        statisticCell(quarter[measure].p90, 'p90', quarter.count),
      ]),
      empty: 'No incidents.',
    },
  };
}

export function impactPanel({ incidents }: PanelContext): Panel {
  const bins = impactHistogram(incidents);
  const impact = timingSummary(incidents).impactDuration;
  const busiest = bins.reduce((a, b) => (b.count > a.count ? b : a));
  const figures = medianAndP90(impact);
  return {
    title: 'Impact duration',
    description: `How long users were affected, from start to mitigation. The bins widen as durations grow.${incidents.length ? ` Over ${plural(incidents.length, 'incident')}: ${figures}.` : ''}`,
    summary: incidents.length
      ? `Histogram of impact duration for ${plural(incidents.length, 'incident')}: ${figures}; the most common range is ${busiest.label} with ${plural(busiest.count, 'incident')}.`
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
        shareOfCell(bin.count, incidents.length),
      ]),
      empty: 'No incidents.',
    },
  };
}
