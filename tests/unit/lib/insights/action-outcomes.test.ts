import { describe, expect, it } from 'vitest';
import { completionRate, ownersWithUnfinished, timeToClose } from '../../../../src/lib/insights/action-outcomes.ts';
import { binCounts } from '../../../../src/lib/insights/bins.ts';
import { actionItem, incident } from './fixtures.ts';

const TODAY = '2025-06-01';
const teams = { payments: 'Payments', platform: 'Platform' };

describe('completion rate', () => {
  it('is done ÷ (all − won’t do)', () => {
    const items = [
      actionItem({ due: '2025-01-01', status: 'done' }),
      actionItem({ due: '2025-01-01', status: 'done' }),
      actionItem({ due: '2025-01-01', status: 'done' }),
      actionItem({ due: '2025-01-01', status: 'wont-do' }),
      actionItem({ due: '2025-01-01', status: 'open' }),
      actionItem({ due: '2025-01-01', status: 'in-progress' }),
    ];
    // 3 done of 6 − 1 won't do = 5: 60 %.
    expect(completionRate(items)).toEqual({ total: 6, done: 3, wontDo: 1, considered: 5, percent: 60 });
  });

  it('has no rate when every item was dropped, or there are none', () => {
    expect(completionRate([actionItem({ due: '2025-01-01', status: 'wont-do' })])).not.toHaveProperty('percent');
    expect(completionRate([])).toEqual({ total: 0, done: 0, wontDo: 0, considered: 0 });
  });
});

describe('time to close', () => {
  const done = (closed?: string) => actionItem({ due: '2025-12-01', status: 'done', ...(closed ? { closed } : {}) });

  it('counts days from the incident’s start date to the closed date, for done items that have one', () => {
    const first = incident({
      id: 'first',
      date: '2025-01-30',
      actionItems: [
        done('2025-01-30'), // 0 days
        done('2025-02-02'), // 3 days, across a month end
        done(), // no closed date
        actionItem({ due: '2025-03-01', status: 'wont-do', closed: '2025-03-01' }), // won't do: not counted
      ],
    });
    const second = incident({
      id: 'second',
      date: '2024-02-28',
      actionItems: [done('2024-03-01'), done('2025-02-28'), done('2024-04-28')], // 2 (leap day), 366, 60
    });
    // Days 0, 3, 2, 366, 60 -> sorted 0, 2, 3, 60, 366: median 3.
    expect(timeToClose([first, second])).toEqual({ days: [0, 3, 2, 366, 60], medianDays: 3, done: 6, undated: 1 });
    // Four dated items: too few for a median.
    expect(timeToClose([second, incident({ id: 'x', date: '2025-01-01', actionItems: [done('2025-01-11')] })])).toEqual(
      {
        days: [2, 366, 60, 10],
        done: 4,
        undated: 0,
      },
    );
  });
});

describe('unfinished items by owner', () => {
  it('groups by owner as written, names teams, and puts the most overdue first', () => {
    const incidents = [
      incident({
        id: 'a',
        date: '2025-01-01',
        actionItems: [
          actionItem({ owner: 'priya', due: '2025-03-01', status: 'open' }), // overdue
          actionItem({ owner: 'payments', due: '2025-05-31', status: 'in-progress' }), // overdue (due before today)
          actionItem({ owner: 'payments', due: '2025-02-01', status: 'open' }), // overdue, older
          actionItem({ owner: 'payments', due: '2025-06-01', status: 'open' }), // due today: not overdue
          actionItem({ owner: 'payments', due: '2025-01-01', status: 'done' }), // finished: left out
        ],
      }),
      incident({
        id: 'b',
        date: '2025-02-01',
        actionItems: [
          actionItem({ owner: 'sam', due: '2025-09-01', status: 'open' }),
          actionItem({ owner: 'sam', due: '2025-10-01', status: 'open' }),
          actionItem({ owner: 'platform', due: '2025-01-01', status: 'wont-do' }),
        ],
      }),
    ];
    expect(ownersWithUnfinished(incidents, TODAY, teams)).toEqual([
      { owner: 'payments', team: 'Payments', unfinished: 3, overdue: 2, oldestOverdue: '2025-02-01' },
      { owner: 'priya', unfinished: 1, overdue: 1, oldestOverdue: '2025-03-01' },
      { owner: 'sam', unfinished: 2, overdue: 0 },
    ]);
  });

  it('takes an owner for a team only by the team’s id', () => {
    const items = [actionItem({ owner: 'toString', due: '2025-07-01', status: 'open' })];
    expect(ownersWithUnfinished([incident({ id: 'a', date: '2025-01-01', actionItems: items })], TODAY, teams)).toEqual(
      [{ owner: 'toString', unfinished: 1, overdue: 0 }],
    );
  });
});

describe('bins', () => {
  it('puts a value on an edge in the bin above it, and everything past the last edge in the last bin', () => {
    expect(binCounts([-1, 0, 7.9, 8, 30, 31, 400], [8, 31], ['low', 'mid', 'high'])).toEqual([
      { label: 'low', count: 3 },
      { label: 'mid', count: 2 },
      { label: 'high', count: 2 },
    ]);
    expect(() => binCounts([], [8], ['one'])).toThrow(/1 edges make 2 bins/);
  });
});
