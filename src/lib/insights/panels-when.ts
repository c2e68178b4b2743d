/** Panels on when incidents happen: per month by severity, and by weekday and hour of their start. */
import { SEVERITIES } from '../../schema/vocabulary.ts';
import { formatCalendarDate } from '../time/format.ts';
import { plural } from '../words.ts';
import { severityByMonth } from './monthly.ts';
import { monthPeriodLabel } from './partial-period.ts';
import { groupHours, startClockGrid, WEEKDAYS } from './start-clock.ts';
import { SEVERITY_TONE } from './tones.ts';
import { numberCell, type PanelContext } from './view-cells.ts';
import type { Panel, TableCell, TableModel } from './view-types.ts';

export function severityMonthlyPanel({ incidents, today }: PanelContext): Panel {
  const months = severityByMonth(incidents, today);
  const labels = months.map((row) => monthPeriodLabel(row.month, today));
  const busiest = months.reduce<(typeof months)[number] | undefined>(
    (most, row) => (most && most.total >= row.total ? most : row),
    undefined,
  );
  return {
    title: 'Incidents per month by severity',
    description: `Each bar is a calendar month, split by severity; months without incidents show as gaps. The last month runs only to the build date, ${formatCalendarDate(today)}, and is marked partial.`,
    summary: busiest
      ? `Stacked bar chart of ${plural(incidents.length, 'incident')} over ${plural(months.length, 'month')} by severity, from ${labels[0]} to ${labels.at(-1)}; the busiest month is ${monthPeriodLabel(busiest.month, today)} with ${plural(busiest.total, 'incident')}.`
      : 'Stacked bar chart of incidents per month by severity: no incidents.',
    chart: {
      axis: 'category',
      labels,
      stacked: true,
      xTitle: 'Month the incident started',
      yTitle: 'Incidents',
      scale: 'linear',
      unit: 'incidents',
      series: SEVERITIES.map((severity) => ({
        label: severity,
        type: 'bar' as const,
        tone: SEVERITY_TONE[severity],
        values: months.map((row) => row.counts[severity]),
      })),
    },
    table: {
      caption: 'Incidents per month by severity',
      columns: [
        { label: 'Month', nowrap: true },
        ...SEVERITIES.map((severity) => ({ label: severity, numeric: true })),
        { label: 'Total', numeric: true },
      ],
      rows: months.map((row, index) => [
        { text: labels[index]! },
        ...SEVERITIES.map((severity) => numberCell(row.counts[severity])),
        numberCell(row.total),
      ]),
      empty: 'No incidents.',
    },
  };
}

const pad = (hour: number) => String(hour).padStart(2, '0');
/** Hours in a column of the narrow form. */
const NARROW_HOURS = 3;

export function startClockPanel({ incidents }: PanelContext): Panel {
  const grid = startClockGrid(incidents);
  let busiest = { weekday: 0, hour: 0, count: 0 };
  grid.forEach((row, weekday) =>
    row.forEach((count, hour) => {
      if (count > busiest.count) busiest = { weekday, hour, count };
    }),
  );
  const zone = 'on each incident’s own clock, in the time zone its timeline is written in';
  return {
    title: 'When incidents start',
    description: `Incidents by the weekday and hour they started, ${zone}: 23:30 on a Sunday in Los Angeles counts as Sunday 23:00, though it is Monday in UTC. The darker the cell, the more incidents; each cell gives its count.`,
    summary: busiest.count
      ? `Table of incident starts by weekday and hour, ${zone}. The most, ${plural(busiest.count, 'incident')}, started on a ${WEEKDAYS[busiest.weekday]} between ${pad(busiest.hour)}:00 and ${pad(busiest.hour)}:59.`
      : 'Table of incident starts by weekday and hour: no incidents.',
    table: {
      ...heatTable(
        grid,
        Array.from({ length: 24 }, (_, hour) => pad(hour)),
        (weekday) => WEEKDAYS[weekday]!,
      ),
      caption: `Incidents by weekday and hour of their start (00 is midnight to 00:59), ${zone}; darker cells hold more`,
      narrow: {
        ...heatTable(
          groupHours(grid, NARROW_HOURS),
          Array.from(
            { length: 24 / NARROW_HOURS },
            (_, block) => `${pad(block * NARROW_HOURS)}–${pad((block + 1) * NARROW_HOURS)}`,
          ),
          (weekday) => WEEKDAYS[weekday]!.slice(0, 3),
        ),
        caption: `Incidents by weekday and ${NARROW_HOURS}-hour block of their start (00–03 is midnight to 02:59), ${zone}; darker cells hold more`,
      },
    },
  };
}

/** Weekdays down, hour columns across, each count shaded against the largest; totals in the last column and row. */
function heatTable(
  grid: readonly (readonly number[])[],
  hourLabels: readonly string[],
  weekdayLabel: (index: number) => string,
): Omit<TableModel, 'caption'> {
  const most = Math.max(0, ...grid.flat());
  const heatCell = (count: number): TableCell => ({ ...numberCell(count), heat: most ? count / most : 0 });
  const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
  return {
    columns: [
      { label: 'Weekday' },
      ...hourLabels.map((label) => ({ label, numeric: true })),
      { label: 'All hours', numeric: true },
    ],
    // No incidents, no clock: the table says so rather than showing 168 zeros.
    rows: !most
      ? []
      : [
          ...grid.map((row, weekday) => [
            { text: weekdayLabel(weekday) },
            ...row.map(heatCell),
            numberCell(total(row)),
          ]),
          [
            { text: 'All days' },
            ...hourLabels.map((_, column) => numberCell(total(grid.map((row) => row[column]!)))),
            numberCell(total(grid.flat())),
          ],
        ],
    empty: 'No incidents.',
  };
}
