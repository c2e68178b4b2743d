import { describe, expect, it } from 'vitest';
import { earlierIncidentIds, earlierPromises, recurringCauses } from '../../../../src/lib/insights/earlier-promises.ts';
import { actionItem, incident } from './fixtures.ts';

const TODAY = '2025-06-01';
const alert = actionItem({ due: '2025-02-01', status: 'done', title: 'Alert on expiry', closed: '2025-01-25' });
const rotate = actionItem({ due: '2025-03-01', status: 'open', title: 'Rotate automatically' }); // overdue
const inventory = actionItem({ due: '2025-09-01', status: 'in-progress', title: 'Inventory certs' }); // not yet due
const dropped = actionItem({ due: '2025-04-01', status: 'wont-do', title: 'Buy a tool' });
const latestItem = actionItem({ due: '2025-02-01', status: 'open', title: 'Of the latest' });

const tls1 = incident({ id: 'tls-1', date: '2025-01-10', rootCause: 'tls', actionItems: [alert, rotate] });
const tls2 = incident({ id: 'tls-2', date: '2025-03-10', rootCause: 'tls', actionItems: [inventory, dropped] });
const tls3 = incident({ id: 'tls-3', date: '2025-05-10', rootCause: 'tls', actionItems: [latestItem] });
const dns1 = incident({ id: 'dns-1', date: '2025-02-01', rootCause: 'dns', actionItems: [] });
const dns2 = incident({ id: 'dns-2', date: '2025-04-01', rootCause: 'dns' });
const once = incident({
  id: 'once',
  date: '2025-01-01',
  rootCause: 'capacity',
  actionItems: [actionItem({ due: '2025-01-02', status: 'open' })],
});
const all = [tls1, dns1, once, tls2, dns2, tls3];

describe('what a recurring cause’s earlier incidents promised', () => {
  it('finds the causes with more than one incident, the most recently recurred first, and their latest', () => {
    expect(
      recurringCauses(all).map((cause) => [cause.cause, cause.latest.id, cause.earlier.map((each) => each.id)]),
    ).toEqual([
      ['tls', 'tls-3', ['tls-2', 'tls-1']],
      ['dns', 'dns-2', ['dns-1']],
    ]);
  });

  it('lists every action item of the earlier incidents: overdue, other unfinished, won’t do, done', () => {
    expect(
      earlierPromises(all, TODAY).map((promise) => [
        promise.cause.cause,
        promise.incident.id,
        promise.item.title,
        promise.unfinished,
        promise.overdue,
      ]),
    ).toEqual([
      ['tls', 'tls-1', 'Rotate automatically', true, true],
      ['tls', 'tls-2', 'Inventory certs', true, false],
      ['tls', 'tls-2', 'Buy a tool', false, false],
      ['tls', 'tls-1', 'Alert on expiry', false, false],
    ]);
  });

  it('names the incidents whose items it can list: every incident of a recurring cause but the latest', () => {
    expect([...earlierIncidentIds(all)].sort()).toEqual(['dns-1', 'tls-1', 'tls-2']);
    // A narrower scope lists a subset: without tls-3, tls-2 is the latest and its items drop out.
    const narrower = all.filter((each) => each.id !== 'tls-3');
    expect([...earlierIncidentIds(narrower)].sort()).toEqual(['dns-1', 'tls-1']);
  });
});
