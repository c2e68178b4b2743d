import { describe, expect, it } from 'vitest';
import {
  allActionItems,
  completionByQuarter,
  countActionItems,
  overdueActionItems,
} from '../../../../src/lib/insights/action-items.ts';
import { actionItem, incident } from './fixtures.ts';

const TODAY = '2025-06-01';
const lateOpen = actionItem({ due: '2025-05-01', status: 'open', title: 'Late' });
const dueToday = actionItem({ due: '2025-06-01', status: 'open', title: 'Due today' });
const later = actionItem({ due: '2025-07-01', status: 'in-progress', title: 'Later' });
const done = actionItem({ due: '2025-01-01', status: 'done' });
const dropped = actionItem({ due: '2025-01-01', status: 'wont-do' });
const items = [lateOpen, dueToday, later, done, dropped];

describe('action items as of the build date', () => {
  it('counts by status, with overdue only for unfinished items past their due date', () => {
    expect(countActionItems(items, TODAY)).toEqual({
      total: 5,
      open: 2,
      inProgress: 1,
      done: 1,
      wontDo: 1,
      overdue: 1,
      // Completion rate: 1 done of the 4 items not marked won't do.
      completionPercent: 25,
    });
    expect(countActionItems([], TODAY)).toEqual({ total: 0, open: 0, inProgress: 0, done: 0, wontDo: 0, overdue: 0 });
  });

  it('groups items by the quarter they are due in', () => {
    expect(
      completionByQuarter(items, TODAY).map(({ quarter, total, done, wontDo, overdue, completionPercent }) => ({
        quarter,
        total,
        done,
        wontDo,
        overdue,
        completionPercent,
      })),
    ).toEqual([
      // Q1: 1 done of 1 not dropped (the other is won't do): 100 %.
      { quarter: '2025-Q1', total: 2, done: 1, wontDo: 1, overdue: 0, completionPercent: 100 },
      { quarter: '2025-Q2', total: 2, done: 0, wontDo: 0, overdue: 1, completionPercent: 0 },
      { quarter: '2025-Q3', total: 1, done: 0, wontDo: 0, overdue: 0, completionPercent: 0 },
    ]);
  });

  it('lists overdue items longest overdue first, with their incident and days overdue', () => {
    const older = actionItem({ due: '2025-03-01', status: 'in-progress', title: 'Older' });
    const first = incident({ id: 'first', date: '2025-01-01', actionItems: [lateOpen, done] });
    const second = incident({ id: 'second', date: '2025-02-01', actionItems: [older, dueToday] });
    expect(
      overdueActionItems([first, second], TODAY).map(({ incident, item, daysOverdue }) => [
        incident.id,
        item.title,
        daysOverdue,
      ]),
    ).toEqual([
      ['second', 'Older', 92],
      ['first', 'Late', 31],
    ]);
    expect(allActionItems([first, second])).toEqual([lateOpen, done, older, dueToday]);
  });
});
