/** The new panels' tables and tiles against hand-computed figures on a small archive. */
import { describe, expect, it } from 'vitest';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import type { TableModel } from '../../../../src/lib/insights/view-types.ts';
import { actionItem, incident } from './fixtures.ts';

const TODAY = '2026-01-01';
const MINUTE = 60_000;
const names = {
  services: {},
  teams: { payments: 'Payments' },
  rootCauses: { tls: 'Certificate expiry', dns: 'DNS' },
};
const done = (closed?: string) => actionItem({ due: '2025-03-01', status: 'done', ...(closed ? { closed } : {}) });
const incidents = [
  incident({
    id: 'tls-1',
    date: '2025-01-10',
    rootCause: 'tls',
    ttd: 20,
    ttm: 40, // impact 60 min
    misleadingLeads: 2,
    misleadingTime: 30 * MINUTE,
    customersAffected: 1000,
    revenueLoss: { amount: 5000, currency: 'USD' },
    usersAffectedPercent: 0.5,
    actionItems: [
      done('2025-01-17'), // 7 days
      done('2025-02-09'), // 30 days
      done(), // undated
      actionItem({ due: '2025-04-01', status: 'open', owner: 'payments', title: 'Rotate `api` certs' }), // overdue
    ],
  }),
  incident({
    id: 'tls-2',
    date: '2025-06-01',
    rootCause: 'tls',
    misleadingLeads: 1,
    misleadingTime: 10 * MINUTE, // impact 30 min
    revenueLoss: { amount: 800, currency: 'EUR' },
    usersAffectedPercent: 50,
    actionItems: [
      done('2025-06-02'), // 1 day
      done('2025-09-01'), // 92 days
      actionItem({ due: '2026-03-01', status: 'in-progress', owner: 'sam' }),
      actionItem({ due: '2025-07-01', status: 'wont-do', owner: 'sam' }),
    ],
  }),
  incident({ id: 'dns-1', date: '2025-08-01', rootCause: 'dns', usersAffectedPercent: 10, customersAffected: 20 }),
];
const view = insightsView(incidents, { today: TODAY, names });
const texts = (table: TableModel) => table.rows.map((row) => row.map((cell) => cell.text));
const stat = (key: string) => view.stats.find((candidate) => candidate.key === key)!;

describe('the misleading-lead panels', () => {
  it('list each incident with a lead, most time lost first, with its share of impact', () => {
    // tls-1: 30 of 60 impact minutes = 50 %; tls-2: 10 of 30 = 33.3 %.
    expect(texts(view.panels.misleadingIncidents.table)).toEqual([
      ['Title of tls-1', '10 Jan 2025', '2', '30', '50 %'],
      ['Title of tls-2', '1 Jun 2025', '1', '10', '33.3 %'],
    ]);
    expect(view.panels.misleadingIncidents.chart!.series[0]!.values).toEqual([30, 10]);
  });

  it('sum across incidents and withhold the median under 5 affected incidents', () => {
    // 2 of 3 incidents; leads 2 + 1 = 3; minutes 30 + 10 = 40 of 60 + 30 = 90 impact minutes = 44.4 %.
    expect(texts(view.panels.misleadingSummary.table)).toEqual([
      ['Incidents with a misleading lead', '2', '3 incidents (66.7 %)'],
      ['Misleading leads followed', '3', '—'],
      ['Minutes lost, in all', '40', '44.4 % of their impact'],
      ['Median minutes lost per incident with a lead', 'too few incidents', '2 incidents'],
    ]);
    expect(stat('misleading')).toMatchObject({ value: '40 min', detail: 'in 2 incidents; median: too few incidents' });
  });
});

describe('the action-item outcome panels', () => {
  it('state the completion rate and time to close with its n', () => {
    // 8 items, 1 won't do; done: 3 of tls-1 + 2 of tls-2 = 5 of 7 = 71.4 %. Dated done items: 7, 30, 1, 92 days: 4, too few for a median.
    expect(texts(view.panels.actionOutcomes.table)).toEqual([
      ['Completion rate: done ÷ (all − won’t do)', '71.4 %', '5 done of 7 (8 items, 1 won’t do)'],
      ['Median days from incident to closed', 'too few items', '4 done items with a closed date'],
      ['Done items with no closed date', '1', '5 done items'],
    ]);
    expect(stat('completion').value).toBe('71.4 %');
  });

  it('bins the days to close: 1 and 7 in the first week, 30 in the month, 92 in half a year', () => {
    expect(view.panels.actionCloseTime.table.rows.map((row) => row[1]!.value)).toEqual([2, 1, 0, 1, 0, 0]);
    expect(view.panels.actionCloseTime.description).toMatch(/1 done item without a closed date is not drawn/);
  });

  it('groups unfinished items by owner, with the team’s name when the owner is a team', () => {
    expect(texts(view.panels.actionOwners.table)).toEqual([
      ['Payments (team)', '1', '1', '1 Apr 2025'],
      ['sam', '1', '0', '—'],
    ]);
  });

  it('lists the earlier incident’s promises of a recurring cause, unfinished first', () => {
    // Certificate expiry recurs: tls-2 is its latest, so tls-1's four items are listed.
    const where = ['Certificate expiry (again 1 Jun 2025)', 'Title of tls-1'];
    expect(texts(view.panels.earlierPromises.table)).toEqual([
      ['Rotate api certs', 'Open, overdue', 'payments', '1 Apr 2025', ...where],
      ['Fix it by 2025-03-01', 'Done 17 Jan 2025', 'priya', '1 Mar 2025', ...where],
      ['Fix it by 2025-03-01', 'Done 9 Feb 2025', 'priya', '1 Mar 2025', ...where],
      ['Fix it by 2025-03-01', 'Done', 'priya', '1 Mar 2025', ...where],
    ]);
  });
});

describe('the impact panels', () => {
  it('total customers and each currency apart, with how many incidents state them', () => {
    expect(texts(view.panels.impactTotals.table)).toEqual([
      ['Customers affected', '1,020', '2 of 3'],
      ['Revenue lost (USD)', 'USD 5,000', '1 of 3'],
      ['Revenue lost (EUR)', 'EUR 800', '1 of 3'],
    ]);
    expect(stat('revenue')).toMatchObject({ value: 'USD 5K', detail: 'and EUR 800; stated by 2 of 3 incidents' });
    expect(stat('customers')).toMatchObject({ value: '1,020', detail: 'stated by 2 of 3 incidents' });
  });

  it('bins the share of users affected, an edge counting in the bin above', () => {
    // 0.5 -> under 1 %; 10 -> 10–25 %; 50 -> 50 % or more.
    expect(view.panels.usersAffected.table.rows.map((row) => row[1]!.value)).toEqual([1, 0, 0, 1, 0, 1]);
  });
});
