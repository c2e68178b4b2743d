import { describe, expect, it } from 'vitest';
import { severityByMonth } from '../../../../src/lib/insights/monthly.ts';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import { incident } from './fixtures.ts';

const incidents = [
  incident({ id: 'c', date: '2026-01-20', severity: 'SEV2' }),
  incident({ id: 'a', date: '2025-11-30', severity: 'SEV1' }),
  incident({ id: 'b', date: '2026-01-05', severity: 'SEV2' }),
  incident({ id: 'd', date: '2026-01-31', severity: 'SEV4' }),
];
const names = { services: {}, teams: {}, rootCauses: {} };

describe('incidents per month by severity', () => {
  it('runs from the first incident’s month to the build date’s, empty months included', () => {
    const months = severityByMonth(incidents, '2026-03-10');
    expect(
      months.map((row) => [row.month, row.counts.SEV1, row.counts.SEV2, row.counts.SEV3, row.counts.SEV4, row.total]),
    ).toEqual([
      ['2025-11', 1, 0, 0, 0, 1],
      ['2025-12', 0, 0, 0, 0, 0],
      ['2026-01', 0, 2, 0, 1, 3],
      ['2026-02', 0, 0, 0, 0, 0],
      ['2026-03', 0, 0, 0, 0, 0],
    ]);
    expect(severityByMonth([], '2026-03-10')).toEqual([]);
  });

  it('marks the build date’s month partial in the chart and the table', () => {
    const panel = insightsView(incidents, { today: '2026-03-10', names }).panels.severityMonthly;
    expect(panel.chart!.labels).toEqual(['Nov 2025', 'Dec 2025', 'Jan 2026', 'Feb 2026', 'Mar 2026 (to 10 Mar)']);
    expect(panel.chart!.stacked).toBe(true);
    expect(panel.chart!.series.map((series) => [series.label, series.values])).toEqual([
      ['SEV1', [1, 0, 0, 0, 0]],
      ['SEV2', [0, 0, 2, 0, 0]],
      ['SEV3', [0, 0, 0, 0, 0]],
      ['SEV4', [0, 0, 1, 0, 0]],
    ]);
    expect(panel.table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Nov 2025', '1', '0', '0', '0', '1'],
      ['Dec 2025', '0', '0', '0', '0', '0'],
      ['Jan 2026', '0', '2', '0', '1', '3'],
      ['Feb 2026', '0', '0', '0', '0', '0'],
      ['Mar 2026 (to 10 Mar)', '0', '0', '0', '0', '0'],
    ]);
    // Built on the last day of January: January is still under way.
    const lastDay = insightsView(incidents, { today: '2026-01-31', names }).panels.severityMonthly;
    expect(lastDay.chart!.labels!.at(-1)).toBe('Jan 2026 (to 31 Jan)');
  });
});
