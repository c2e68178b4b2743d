import { describe, expect, it } from 'vitest';
import { toInsightIncident } from '../../../../src/lib/incident/insight-record.ts';
import { groupHours, startClockGrid } from '../../../../src/lib/insights/start-clock.ts';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import { archiveOf, postmortem } from '../incident/postmortems.ts';
import { incident } from './fixtures.ts';

const names = { services: {}, teams: {}, rootCauses: {} };

// Sunday 31 Aug 2025, 23:30 in Los Angeles (PDT, UTC−7) is Monday 1 Sep 2025, 06:30 in UTC.
const lateSunday = toInsightIncident(
  archiveOf({
    '2025-08-31-late': postmortem({
      start: '2025-08-31T23:30:00-07:00',
      timezone: 'America/Los_Angeles',
      minutes: { detected: 45, mitigated: 90 },
    }),
  }).incidents[0]!,
);
// Tuesday 2 Sep 2025, 09:05 and 09:55 in UTC; 14:10 the same day.
const tuesdays = [
  incident({ id: 'b', date: '2025-09-02', startHour: 9, startWeekday: 2 }),
  incident({ id: 'c', date: '2025-09-02', startHour: 9, startWeekday: 2 }),
  incident({ id: 'd', date: '2025-09-02', startHour: 14, startWeekday: 2 }),
];

describe('when incidents start', () => {
  it('counts the start on the incident’s own clock: a late Sunday in Los Angeles is Sunday 23:00, not Monday', () => {
    expect(new Date(lateSunday.startedAt).toISOString()).toBe('2025-09-01T06:30:00.000Z');
    expect([lateSunday.startWeekday, lateSunday.startHour, lateSunday.date]).toEqual([7, 23, '2025-08-31']);
    const grid = startClockGrid([lateSunday, ...tuesdays]);
    expect(grid[6]![23]).toBe(1);
    expect(grid[0]![6]).toBe(0);
    expect(grid[1]![9]).toBe(2);
    expect(grid.flat().reduce((sum, count) => sum + count, 0)).toBe(4);
    // And its month is August, the month its page dates it in.
    const months = insightsView([lateSunday], { today: '2025-09-10', names }).panels.severityMonthly.table.rows;
    expect(months.map((row) => [row[0]!.text, row.at(-1)!.text])).toEqual([
      ['Aug 2025', '1'],
      ['Sep 2025 (to 10 Sep)', '0'],
    ]);
  });

  it('sums hours into blocks for the narrow form', () => {
    const grouped = groupHours(startClockGrid([lateSunday, ...tuesdays]), 3);
    // Tuesday: 09 and 09 in block 09–12 (index 3), 14 in block 12–15 (index 4); Sunday 23 in block 21–24.
    expect(grouped[1]).toEqual([0, 0, 0, 2, 1, 0, 0, 0]);
    expect(grouped[6]).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(() => groupHours(grouped, 5)).toThrow(RangeError);
  });

  it('shades each cell by its count against the busiest, with the count in it, and totals by day and by hour', () => {
    const panel = insightsView([lateSunday, ...tuesdays], { today: '2025-09-10', names }).panels.startClock;
    expect(panel.chart).toBeUndefined();
    expect(panel.description).toContain('in each incident’s own time zone');
    const { table } = panel;
    expect(table.columns.map((column) => column.label)).toEqual([
      'Weekday',
      ...Array.from({ length: 24 }, (_, hour) => String(hour).padStart(2, '0')),
      'All hours',
    ]);
    expect(table.rows.map((row) => row[0]!.text)).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
      'All days',
    ]);
    const tuesday = table.rows[1]!;
    // The busiest cell, Tuesday 09, holds 2: it is shaded fully, the 14:00 cell half, empty cells not at all.
    expect([tuesday[10]!.text, tuesday[10]!.heat]).toEqual(['2', 1]);
    expect([tuesday[15]!.text, tuesday[15]!.heat]).toEqual(['1', 0.5]);
    expect([tuesday[1]!.text, tuesday[1]!.heat]).toEqual(['0', 0]);
    expect(tuesday.at(-1)!.text).toBe('3');
    expect(table.rows[6]![24]!.text).toBe('1');
    expect(table.rows[7]!.map((cell) => cell.text).slice(-1)).toEqual(['4']);
    // Totals are not shaded.
    expect(table.rows[7]!.some((cell) => cell.heat !== undefined)).toBe(false);

    // The narrow form: 3-hour blocks, shaded against its own busiest cell (Tuesday 09–12, 2).
    const narrow = table.narrow!;
    expect(narrow.columns.map((column) => column.label)).toEqual([
      'Day',
      '00',
      '03',
      '06',
      '09',
      '12',
      '15',
      '18',
      '21',
      'All',
    ]);
    expect(narrow.rows[1]!.map((cell) => cell.text)).toEqual(['Tue', '0', '0', '0', '2', '1', '0', '0', '0', '3']);
    expect(narrow.rows[1]![4]!.heat).toBe(1);
    expect(narrow.rows[6]![8]!.heat).toBe(0.5);
    expect(panel.summary).toBe(
      'Table of incident starts by weekday and hour, in each incident’s own time zone. The most, 2 incidents, started on a Tuesday between 09:00 and 09:59.',
    );
  });

  it('says there are no incidents rather than showing a grid of zeros', () => {
    const { table } = insightsView([], { today: '2025-09-10', names }).panels.startClock;
    expect(table.rows).toEqual([]);
    expect(table.narrow!.rows).toEqual([]);
  });
});
