import { describe, expect, it } from 'vitest';
import { packInsightsData, unpackInsightsData } from '../../../../src/lib/insights/data-file.ts';
import { actionItem, incident } from './fixtures.ts';

const TODAY = '2026-01-01';
const names = { services: { checkout: 'Checkout' }, teams: {}, rootCauses: { dns: 'DNS' } };
const first = incident({
  id: '2025-01-01-first',
  date: '2025-01-01',
  rootCause: 'dns',
  contributingFactors: ['x'],
  actionItems: [actionItem({ due: '2025-02-01', status: 'done', title: 'Promised last time' })],
});
const repeat = incident({ id: '2025-02-01-repeat', date: '2025-02-01', rootCause: 'dns' });
const quiet = incident({
  id: '2025-06-01-quiet',
  date: '2025-06-01',
  rootCause: 'tls',
  actionItems: [
    actionItem({ due: '2025-07-01', status: 'done', title: 'Finished', closed: '2025-06-20' }),
    actionItem({ due: '2025-08-01', status: 'open', title: 'Forgotten', owner: 'sam', type: 'detect' }),
  ],
});
const silent = incident({
  id: '2025-09-01-silent',
  date: '2025-09-01',
  rootCause: 'capacity',
  timeToResolve: 4 * 3_600_000,
  startHour: 23,
  startWeekday: 7,
  misleadingLeads: 2,
  misleadingTime: 25 * 60_000,
  usersAffectedPercent: 12.5,
  customersAffected: 4900,
  revenueLoss: { amount: 61000, currency: 'USD' },
  actionItems: [actionItem({ due: '2026-06-01', status: 'wont-do', title: 'Dropped' })],
});

describe('the insights data file', () => {
  const file = packInsightsData([first, repeat, quiet, silent], { today: TODAY, windowDays: 90, names });

  it('carries the build date, window and names the browser recomputes with', () => {
    expect(file).toMatchObject({ version: 2, today: TODAY, windowDays: 90, names });
  });

  it('keeps titles only where a list can show them: repeats, misleading leads, unfinished items, earlier promises', () => {
    // first: a repeat's earlier incident and the earlier incident of a recurring cause (dns): its done item is listed.
    // quiet: an unfinished item; its done item is not listed (tls does not recur). silent: a misleading lead.
    expect(file.incidents.map((packed) => packed.title)).toEqual([
      first.title,
      repeat.title,
      quiet.title,
      silent.title,
    ]);
    expect(file.incidents[0]!.actions).toEqual([['done', '2025-02-01', 'prevent', 'priya', '', 'Promised last time']]);
    expect(file.incidents[2]!.actions).toEqual([
      ['done', '2025-07-01', 'prevent', 'priya', '2025-06-20'],
      ['open', '2025-08-01', 'detect', 'sam', '', 'Forgotten'],
    ]);
    expect(file.incidents[3]!.actions).toEqual([['wont-do', '2026-06-01', 'prevent', 'priya', '']]);
    const plain = incident({ id: '2025-12-01-plain', date: '2025-12-01', rootCause: 'other' });
    expect(packInsightsData([plain], { today: TODAY, windowDays: 90, names }).incidents[0]).not.toHaveProperty('title');
  });

  it('carries the start clock, misleading leads, resolution and impact figures', () => {
    expect(file.incidents[3]).toMatchObject({
      ttr: 4 * 3600,
      clock: [23, 7],
      misleading: [2, 25 * 60],
      users: 12.5,
      customers: 4900,
      revenue: [61000, 'USD'],
    });
    expect(file.incidents[0]).not.toHaveProperty('misleading');
  });

  it('gives back the incidents, with URLs below the base path', () => {
    const [backFirst, , backQuiet, backSilent] = unpackInsightsData(JSON.parse(JSON.stringify(file)), '/postmortems/');
    expect(backFirst).toEqual({ ...first, url: '/postmortems/postmortems/2025-01-01-first/' });
    expect(backQuiet!.actionItems.map((item) => item.title)).toEqual(['', 'Forgotten']);
    expect(backSilent).toEqual({
      ...silent,
      url: '/postmortems/postmortems/2025-09-01-silent/',
      actionItems: [{ ...silent.actionItems[0]!, title: '' }],
    });
  });

  it('refuses a file of another version', () => {
    expect(() => unpackInsightsData({ ...file, version: 1 }, '/')).toThrow(/version 1; this page reads version 2/);
  });
});
