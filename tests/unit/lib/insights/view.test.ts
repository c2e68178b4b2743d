import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { overdueActionItems } from '../../../../src/lib/insights/action-items.ts';
import { findRepeats } from '../../../../src/lib/insights/recurrence.ts';
import { rollingMedians, timingByQuarter } from '../../../../src/lib/insights/timing.ts';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import { PANEL_KEYS, type Panel, type TableModel } from '../../../../src/lib/insights/view-types.ts';
import { actionItem, incident } from './fixtures.ts';

const TODAY = '2026-01-01';
const names = {
  services: { checkout: 'Checkout', search: 'Product search' },
  teams: {},
  rootCauses: { dns: 'DNS', tls: 'Certificate expiry' },
};
const incidents = [
  incident({
    id: 'a',
    date: '2025-01-10',
    ttd: 10,
    ttm: 30,
    rootCause: 'tls',
    severity: 'SEV1',
    detectedBy: 'customer',
  }),
  incident({ id: 'b', date: '2025-02-15', ttd: 20, ttm: 60, rootCause: 'tls', services: ['search'] }),
  incident({
    id: 'c',
    date: '2025-04-01',
    ttd: 40,
    ttm: 120,
    rootCause: 'dns',
    contributingFactors: ['tls'],
    actionItems: [
      actionItem({ due: '2025-05-01', status: 'open', title: 'Rotate `api` certs', owner: 'sam' }),
      actionItem({ due: '2025-05-02', status: 'done' }),
    ],
  }),
  incident({ id: 'd', date: '2025-06-30', ttd: 0, ttm: 5, rootCause: 'tls' }),
];
const view = insightsView(incidents, { today: TODAY, names });
const column = (table: TableModel, label: string) => {
  const index = table.columns.findIndex((candidate) => candidate.label === label);
  expect(index, `column "${label}" in "${table.caption}"`).toBeGreaterThan(0);
  return table.rows.map((row) => row[index]!.value ?? null);
};
const series = (panel: Panel, label: string) =>
  panel.chart!.series.find((candidate) => candidate.label === label)!.values;

describe('the insights view', () => {
  it('has every panel, each with a title, a description, a text alternative and a table', () => {
    for (const key of PANEL_KEYS) {
      const panel = view.panels[key];
      expect(panel.title, key).toMatch(/\S/);
      expect(panel.description, key).toMatch(/\S/);
      expect(panel.summary, key).toMatch(/\S/);
      expect(panel.table.columns.length, key).toBeGreaterThan(1);
    }
  });

  it('gives every chart axis titles, minutes for durations, and never a mean', () => {
    for (const key of PANEL_KEYS) {
      const chart = view.panels[key].chart;
      if (!chart) continue;
      expect(chart.xTitle, key).toMatch(/\S/);
      expect(chart.yTitle, key).toMatch(/\S/);
      if (chart.unit === 'minutes') expect(`${chart.xTitle} ${chart.yTitle}`, key).toMatch(/minutes/i);
    }
    expect(JSON.stringify(view)).not.toMatch(/\b(mean|average)\b/i);
  });

  it('draws the scatter on a log scale with one point per incident and the rolling medians of its table', () => {
    const { chart, table } = view.panels.durations;
    expect(chart!.scale).toBe('logarithmic');
    expect(chart!.series[0]!.values).toEqual([10, 20, 40, 0]);
    const rolling = rollingMedians(incidents);
    expect(series(view.panels.durations, 'Time to detect, 3-month median')).toEqual(
      rolling.map((row) => row.timeToDetect ?? null),
    );
    expect(column(table, 'Median time to detect (min)')).toEqual(rolling.map((row) => row.timeToDetect ?? null));
    expect(column(table, 'Median time to mitigate (min)')).toEqual([30, 45, 45, 90, 120, 62.5]);
  });

  it('tables the same medians and p90s per quarter as the chart draws', () => {
    const quarters = timingByQuarter(incidents);
    const panel = view.panels.detectQuarterly;
    expect(panel.chart!.labels).toEqual(['2025 Q1', '2025 Q2']);
    expect(column(panel.table, 'Median TTD (min)')).toEqual(quarters.map((q) => q.timeToDetect.median!));
    expect(column(panel.table, 'p90 TTD (min)')).toEqual(series(panel, 'p90 TTD'));
    expect(column(view.panels.mitigateQuarterly.table, 'Median TTM (min)')).toEqual([45, 62.5]);
  });

  it('shares out detection per quarter with the counts behind the shares', () => {
    const panel = view.panels.detection;
    expect(series(panel, 'Customer report')).toEqual([50, 0]);
    expect(column(panel.table, 'Customer report')).toEqual([1, 0]);
    expect(column(panel.table, 'Found by customers (%)')).toEqual([50, 0]);
  });

  it('ranks root causes with their repeats and lists each repeat with links to both incidents', () => {
    const ranked = view.panels.rootCauses.table;
    expect(ranked.rows.map((row) => row[0]!.text)).toEqual(['Certificate expiry', 'DNS']);
    expect(column(ranked, 'Incidents')).toEqual([3, 1]);
    expect(column(ranked, 'Repeats within 90 days')).toEqual([1, 0]);
    const [repeat] = view.panels.repeats.table.rows;
    expect(view.panels.repeats.table.rows).toHaveLength(1);
    expect(repeat!.map((cell) => cell.text)).toEqual([
      'Title of b',
      '15 Feb 2025',
      'Certificate expiry',
      '10 Jan 2025: Title of a',
      '36',
      'No',
    ]);
    expect(repeat![0]!.href).toBe('/postmortems/b/');
    expect(repeat![3]!.href).toBe('/postmortems/a/');
    expect(view.panels.rootCauseTrend.chart!.series.map((s) => s.label)).toEqual(['Certificate expiry']);
  });

  it('lists overdue action items with owner, due date and postmortem, without code backticks', () => {
    expect(view.panels.overdue.table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Rotate api certs', 'sam', '1 May 2025', '245', 'Open', 'Title of c'],
    ]);
    expect(column(view.panels.actionStatus.table, 'Action items')).toEqual([1, 0, 1, 0, 1, 2]);
    expect(view.stats.find((stat) => stat.key === 'overdue')!.value).toBe('1');
  });

  it('caps long lists and says how many more there are', () => {
    const many = Array.from({ length: 5 }, (_, index) =>
      incident({
        id: `r${index}`,
        date: `2025-0${index + 1}-01`,
        rootCause: 'dns',
        actionItems: [actionItem({ due: '2025-01-01', status: 'open' })],
      }),
    );
    const capped = insightsView(many, { today: TODAY, names, listLimit: 2 });
    expect(findRepeats(many)).toHaveLength(4);
    expect(capped.panels.repeats.table.rows.map((row) => row[0]!.href)).toEqual([
      '/postmortems/r4/',
      '/postmortems/r3/',
    ]);
    expect(capped.panels.repeats.table.more).toBe('2 older repeats not listed.');
    expect(overdueActionItems(many, TODAY)).toHaveLength(5);
    expect(capped.panels.overdue.table.rows).toHaveLength(2);
    expect(capped.panels.overdue.table.more).toMatch(/^3 more overdue items not listed/);
  });

  it('shows an empty archive without failing', () => {
    const empty = insightsView([], { today: TODAY, names });
    expect(empty.incidentCount).toBe(0);
    expect(empty.stats.find((stat) => stat.key === 'ttd')!.value).toBe('—');
    for (const key of PANEL_KEYS) {
      if (key === 'actionStatus') continue;
      expect(empty.panels[key].table.rows, key).toEqual([]);
      expect(empty.panels[key].table.empty, key).toMatch(/^No /);
    }
  });

  it('stays small at 10,000 postmortems: aggregates and capped lists, not a row per incident', () => {
    const services = ['checkout', 'search', 'payments', 'auth', 'inventory', 'notifications'];
    const causes = ['dns', 'tls', 'config-change', 'capacity', 'software-bug', 'deploy-process'];
    const big = Array.from({ length: 10_000 }, (_, index) => {
      const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(index * 0.365) * 86_400_000).toISOString().slice(0, 10);
      return incident({
        id: `${day}-incident-number-${index}`,
        date: day,
        title: `A fairly long incident title, about as long as real ones are, number ${index}`,
        ttd: (index * 37) % 600,
        ttm: (index * 53) % 2000,
        rootCause: causes[index % causes.length]!,
        services: [services[index % services.length]!],
        contributingFactors: [causes[(index + 1) % causes.length]!],
        actionItems: [0, 1, 2, 3].map((n) =>
          actionItem({ due: day, status: n === 0 ? 'open' : 'done', owner: `owner-${index % 40}` }),
        ),
      });
    });
    const started = performance.now();
    const bigView = insightsView(big, { today: '2026-06-01', names });
    const seconds = (performance.now() - started) / 1000;
    expect(bigView.panels.repeats.table.rows).toHaveLength(50);
    expect(bigView.panels.overdue.table.rows).toHaveLength(50);
    // The page holds this twice at most (chart data and tables); 150 KB is the budget for the whole page.
    const gzipped = gzipSync(JSON.stringify(bigView)).length;
    expect(gzipped).toBeLessThan(60_000);
    expect(seconds).toBeLessThan(5);
  });
});
