/** Panels on when incidents happen: per month by severity, and by weekday and hour of their start. */
import { SEVERITIES } from '../../schema/vocabulary.ts';
import { formatCalendarDate } from '../time/format.ts';
import { plural } from '../words.ts';
import { severityByMonth } from './monthly.ts';
import { monthHeading } from './periods.ts';
import { groupHours, startClockGrid, WEEKDAYS } from './start-clock.ts';
import { severitySeries } from './panels-incidents.ts';
import { numberCell, type PanelContext } from './view-cells.ts';
import type { Panel, TableCell, TableModel } from './view-types.ts';

export function severityMonthlyPanel({ incidents, today }: PanelContext): Panel {
  const months = severityByMonth(incidents, today);
  const labels = months.map((row) => monthHeading(row.month, today));
  const busiest = months.reduce<(typeof months)[number] | undefined>(
    (most, row) => (most && most.total >= row.total ? most : row),
    undefined,
  );
  return {
    title: 'Incidents per month by severity',
    description: `Each bar is a calendar month, split by severity; months without incidents show as gaps. The last month runs only to the build date, ${formatCalendarDate(today)}, and is marked partial.`,
    summary: busiest
      ? `Stacked bar chart of ${plural(incidents.length, 'incident')} over ${plural(months.length, 'month')} by severity, from ${labels[0]} to ${labels.at(-1)}; the busiest month is ${monthHeading(busiest.month, today)} with ${plural(busiest.total, 'incident')}.`
      : 'Stacked bar chart of incidents per month by severity: no incidents.',
    chart: {
      axis: 'category',
      labels,
      stacked: true,
      xTitle: 'Month the incident started',
      yTitle: 'Incidents',
      scale: 'linear',
      unit: 'incidents',
      series: severitySeries(months),
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
  const zone = 'in each incident’s own time zone';
  return {
    title: 'When incidents start',
    description: `Incidents by the weekday and hour they started, ${zone} (the one its timeline is written in): 23:30 on a Sunday in Los Angeles counts as Sunday 23:00, though it is Monday in UTC. The stronger a cell’s shade, the more incidents; each cell gives its count.`,
    summary: busiest.count
      ? `Table of incident starts by weekday and hour, ${zone}. The most, ${plural(busiest.count, 'incident')}, started on a ${WEEKDAYS[busiest.weekday]} between ${pad(busiest.hour)}:00 and ${pad(busiest.hour)}:59.`
      : 'Table of incident starts by weekday and hour: no incidents.',
    table: {
      ...heatTable(grid, {
        corner: 'Weekday',
        weekday: (index) => WEEKDAYS[index]!,
        hours: Array.from({ length: 24 }, (_, hour) => pad(hour)),
        allDays: 'All days',
        allHours: 'All hours',
      }),
      caption: `Incidents by weekday and hour of their start (00 is midnight to 00:59), ${zone}; the stronger the shade, the more`,
      narrow: {
        // Short labels, so eight columns fit a 375 px screen.
        ...heatTable(groupHours(grid, NARROW_HOURS), {
          corner: 'Day',
          weekday: (index) => WEEKDAYS[index]!.slice(0, 3),
          hours: Array.from({ length: 24 / NARROW_HOURS }, (_, block) => pad(block * NARROW_HOURS)),
          allDays: 'All',
          allHours: 'All',
        }),
        caption: `Incidents by weekday and ${NARROW_HOURS} hours of their start (03 is 03:00 to 05:59), ${zone}; the stronger the shade, the more`,
      },
    },
  };
}

interface HeatLabels {
  /** Heading of the weekday column. */
  corner: string;
  weekday: (index: number) => string;
  /** One per hour column. */
  hours: readonly string[];
  allDays: string;
  allHours: string;
}

/** Weekdays down, hour columns across, each count shaded against the largest; totals in the last column and row. */
function heatTable(grid: readonly (readonly number[])[], labels: HeatLabels): Omit<TableModel, 'caption'> {
  const hourLabels = labels.hours;
  const most = Math.max(0, ...grid.flat());
  const heatCell = (count: number): TableCell => ({ ...numberCell(count), heat: most ? count / most : 0 });
  const total = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);
  return {
    columns: [
      { label: labels.corner },
      ...hourLabels.map((label) => ({ label, numeric: true })),
      { label: labels.allHours, numeric: true },
    ],
    // No incidents, no clock: the table says so rather than showing 168 zeros.
    rows: !most
      ? []
      : [
          ...grid.map((row, weekday) => [
            { text: labels.weekday(weekday) },
            ...row.map(heatCell),
            numberCell(total(row)),
          ]),
          [
            { text: labels.allDays },
            ...hourLabels.map((_, column) => numberCell(total(grid.map((row) => row[column]!)))),
            numberCell(total(grid.flat())),
          ],
        ],
    empty: 'No incidents.',
  };
}
