/** The time-to-resolve trend: each resolved incident, and the median per quarter. */
import { addMonths, dayNumber, firstDayOfQuarter } from '../time/calendar.ts';
import { plural } from '../words.ts';
import { MIN_SAMPLE } from './percentiles.ts';
import { quarterHeading } from './periods.ts';
import { resolveByQuarter, resolvePoints } from './resolve.ts';
import { minutesLabel, numberCell, statisticCell, type PanelContext } from './view-cells.ts';
import { MEASURE_TONE } from './tones.ts';
import type { Panel } from './view-types.ts';

/** The middle of a quarter as a day number, where its median is drawn. */
function midQuarter(quarter: string): number {
  const first = firstDayOfQuarter(quarter);
  return (dayNumber(first) + dayNumber(addMonths(first, 3))) / 2;
}

export function resolveQuarterlyPanel({ incidents, today }: PanelContext): Panel {
  const quarters = resolveByQuarter(incidents);
  const points = resolvePoints(incidents);
  const unresolved = incidents.length - points.minutes.length;
  const withMedian = quarters.filter((quarter) => quarter.median !== undefined);
  const latest = withMedian.at(-1);
  const missing = unresolved
    ? ` ${plural(unresolved, 'incident')} of ${incidents.length} ${unresolved === 1 ? 'has' : 'have'} no resolved event on ${unresolved === 1 ? 'its' : 'their'} timeline and ${unresolved === 1 ? 'is' : 'are'} left out.`
    : '';
  return {
    title: 'Time to resolve per quarter',
    description: `Each mark is one incident, from its start to its resolved event; the line is the median of each quarter’s resolved incidents, drawn mid-quarter where there are at least ${MIN_SAMPLE.median}.${missing} Log scale.`,
    summary: points.minutes.length
      ? `Scatter chart, log scale, of time to resolve in minutes for ${plural(points.minutes.length, 'resolved incident')} over ${plural(quarters.length, 'quarter')}.${latest ? ` Median in ${quarterHeading(latest.quarter, today)}: ${minutesLabel(latest.median)} over ${plural(latest.resolved, 'incident')}.` : ` No quarter has the ${MIN_SAMPLE.median} resolved incidents a median needs.`}${missing}`
      : `Chart of time to resolve per quarter: no incident has a resolved event.`,
    chart: {
      axis: 'time',
      xTitle: 'Incident start date',
      yTitle: 'Minutes to resolve (log scale)',
      scale: 'logarithmic',
      unit: 'minutes',
      series: [
        {
          label: 'Time to resolve',
          type: 'scatter',
          tone: MEASURE_TONE.timeToResolve,
          point: 'circle',
          x: points.days,
          values: points.minutes,
        },
        {
          label: 'Median time to resolve',
          type: 'line',
          tone: MEASURE_TONE.timeToResolve,
          point: 'rectRot',
          x: quarters.map((quarter) => midQuarter(quarter.quarter)),
          values: quarters.map((quarter) => quarter.median ?? null),
        },
      ],
    },
    table: {
      caption: `Median time to resolve per quarter, over the incidents with a resolved event`,
      columns: [
        { label: 'Quarter', nowrap: true },
        { label: 'Incidents', numeric: true },
        { label: 'With a resolved event', numeric: true },
        { label: 'Median time to resolve (min)', numeric: true },
      ],
      rows: quarters.map((quarter) => [
        { text: quarterHeading(quarter.quarter, today) },
        numberCell(quarter.incidents),
        numberCell(quarter.resolved),
        statisticCell(quarter.median, 'median', quarter.resolved),
      ]),
      empty: 'No incidents.',
    },
  };
}
