import { describe, expect, it } from 'vitest';
import { insightsFigures } from '../../../../src/lib/insights/figures.ts';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import { PANEL_KEYS } from '../../../../src/lib/insights/view-types.ts';
import { actionItem, incident } from './fixtures.ts';

const names = { services: { checkout: 'Checkout' }, teams: {}, rootCauses: { dns: 'DNS' } };
const incidents = [
  incident({ id: 'a', date: '2025-01-10', ttd: 10, rootCause: 'dns' }),
  incident({ id: 'b', date: '2025-02-15', ttd: 20, rootCause: 'dns' }),
  incident({
    id: 'c',
    date: '2025-04-01',
    ttd: 40,
    actionItems: [actionItem({ due: '2025-05-01', status: 'open', title: 'Rotate certs' })],
  }),
];
const view = insightsView(incidents, { today: '2026-01-01', names });
const figures = insightsFigures(view);

describe('the figures in the insights data file', () => {
  it('hold every panel’s table and the comparison, with numbers where the page shows numbers', () => {
    expect(Object.keys(figures.tables).sort()).toEqual(['comparison', ...PANEL_KEYS].sort());
    expect(figures.incidents).toBe(3);
    const rootCauses = figures.tables.rootCauses!;
    expect(rootCauses.columns.slice(0, 3)).toEqual(['Root cause', 'Incidents', 'Repeats within 90 days']);
    // dns: a and b, 36 days apart, so one repeat; software-bug: c alone.
    expect(rootCauses.rows.map((row) => row.slice(0, 3))).toEqual([
      ['DNS', 2, 1],
      ['software-bug', 1, 0],
    ]);
  });

  it('give no number where the page gives none', () => {
    // The last 12 months hold 3 incidents, too few for a median; the 12 before hold none.
    const medians = figures.tables.comparison!.rows.find((row) => row[0] === 'Median time to detect (min)')!;
    expect(typeof medians[1]).toBe('string');
    expect(medians[2]).toBe('—');
    const tile = figures.stats.find((stat) => stat.key === 'ttd')!;
    expect(tile.value).toBe(view.stats.find((stat) => stat.key === 'ttd')!.value);
  });

  it('list an overdue item as the page does', () => {
    expect(figures.tables.overdue!.rows).toEqual([['Rotate certs', 'priya', '1 May 2025', 245, 'Open', 'Title of c']]);
  });
});
