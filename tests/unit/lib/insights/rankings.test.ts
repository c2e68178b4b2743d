import { describe, expect, it } from 'vitest';
import { rankIncidentsBy } from '../../../../src/lib/insights/rankings.ts';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import { incident } from './fixtures.ts';

// Impact is TTD + TTM in these fixtures.
const incidents = [
  incident({ id: 'a', date: '2025-01-01', ttd: 10, ttm: 20, services: ['checkout'], teams: ['payments'] }),
  incident({
    id: 'b',
    date: '2025-01-02',
    ttd: 20,
    ttm: 40,
    services: ['checkout', 'search'],
    teams: ['payments', 'discovery'],
  }),
  incident({ id: 'c', date: '2025-01-03', ttd: 5, ttm: 5, services: ['search'], teams: ['discovery'] }),
  incident({ id: 'd', date: '2025-01-04', ttd: 30, ttm: 60, services: ['checkout'], teams: ['payments'] }),
  incident({ id: 'e', date: '2025-01-05', ttd: 40, ttm: 80, services: ['checkout'], teams: ['payments'] }),
  // Named twice, counted once.
  incident({ id: 'f', date: '2025-01-06', ttd: 50, ttm: 100, services: ['checkout', 'checkout'], teams: ['payments'] }),
  incident({ id: 'g', date: '2025-01-07', ttd: 100, ttm: 100, services: ['billing'], teams: ['payments'] }),
  incident({ id: 'h', date: '2025-01-08', ttd: 1, ttm: 1, services: ['billing'], teams: ['payments'] }),
  incident({ id: 'i', date: '2025-01-09', ttd: 10, ttm: 20, services: ['api'], teams: ['edge'] }),
  incident({ id: 'j', date: '2025-01-10', ttd: 10, ttm: 20, services: ['ads'], teams: ['edge'] }),
];
const names = {
  services: { checkout: 'Checkout', search: 'Search', billing: 'Billing', api: 'API', ads: 'Ads' },
  teams: { payments: 'Payments', discovery: 'Discovery', edge: 'Edge' },
  rootCauses: {},
};

describe('incidents ranked by service and by team', () => {
  it('counts incidents, sums impact and takes medians per service, most incidents then most impact first', () => {
    const ranked = rankIncidentsBy(incidents, (incident) => incident.services);
    expect(ranked.map((row) => [row.id, row.incidents, row.impactMinutes])).toEqual([
      // a, b, d, e, f: impact 30 + 60 + 90 + 120 + 150 = 450.
      ['checkout', 5, 450],
      // Billing and search both have 2; billing's 200 + 2 = 202 beats search's 60 + 10 = 70.
      ['billing', 2, 202],
      ['search', 2, 70],
      // Same count and impact: by id.
      ['ads', 1, 30],
      ['api', 1, 30],
    ]);
    // Checkout: TTD 10, 20, 30, 40, 50 -> 30; TTM 20, 40, 60, 80, 100 -> 60.
    expect(ranked[0]).toMatchObject({ timeToDetect: 30, timeToMitigate: 60 });
    // Two incidents are too few for a median.
    expect(ranked[1]!.timeToDetect).toBeUndefined();
  });

  it('tables each row with its n and says "too few incidents" for a median under 5, and charts the top N', () => {
    const view = insightsView(incidents, { today: '2025-02-01', names, chartLimit: 3 });
    const { table, chart, description } = view.panels.byTeam;
    // Payments: a, b, d, e, f, g, h = 7 incidents, impact 30 + 60 + 90 + 120 + 150 + 200 + 2 = 652;
    // TTD 10, 20, 30, 40, 50, 100, 1 sorted 1, 10, 20, 30, 40, 50, 100 -> 30;
    // TTM 20, 40, 60, 80, 100, 100, 1 sorted 1, 20, 40, 60, 80, 100, 100 -> 60.
    expect(table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ['Payments', '7', '652', '30', '60'],
      ['Discovery', '2', '70', 'too few incidents', 'too few incidents'],
      ['Edge', '2', '60', 'too few incidents', 'too few incidents'],
    ]);
    expect(table.rows[1]![3]!.title).toBe('2 incidents; a median needs at least 5');
    expect(chart!.horizontal).toBe(true);
    expect(chart!.labels).toEqual(['Payments', 'Discovery', 'Edge']);
    expect(chart!.series[0]!.values).toEqual([7, 2, 2]);
    expect(view.panels.byService.chart!.labels).toEqual(['Checkout', 'Billing', 'Search']);
    expect(view.panels.byService.description).toContain('The chart shows the top 3; the table lists all 5.');
    expect(description).not.toContain('The chart shows the top');
  });

  it('leaves out a ranking of one, as on a service page whose incidents name only that service', () => {
    const view = insightsView(incidents.slice(0, 1), { today: '2025-02-01', names });
    expect(view.panels.byService.hidden).toBe(true);
    expect(view.panels.byTeam.hidden).toBe(true);
    expect(insightsView(incidents, { today: '2025-02-01', names }).panels.byService.hidden).toBeUndefined();
  });
});
