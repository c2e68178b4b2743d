import { PAGE_SIZE } from '../../../../src/lib/pages/paging.ts';
import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../../src/schema/postmortem.ts';
import {
  actionItemList,
  actionItemOwners,
  actionItemPage,
  actionItemPageCount,
  type ActionItemSource,
} from '../../../../src/lib/insights/action-item-list.ts';

const item = (title: string, status: ActionItem['status'], due: string, owner = 'sre'): ActionItem => ({
  title,
  owner,
  due,
  status,
  type: 'detect',
});
const source = (id: string, actionItems: ActionItemSource['actionItems']): ActionItemSource => ({
  id,
  url: `/postmortems/${id}/`,
  title: `Incident ${id}`,
  started: '2025-01-01',
  actionItems,
});

describe('the action-items list', () => {
  const list = actionItemList(
    [
      source('b', [item('late', 'open', '2025-12-01'), item('finished long ago', 'done', '2025-01-01')]),
      source('a', [item('later', 'in-progress', '2026-03-01', 'Platform'), item('finished', 'wont-do', '2025-06-01')]),
    ],
    '2026-01-01',
  );

  it('puts unfinished items first, soonest due first, then finished ones, latest due first', () => {
    expect(list.rows.map((row) => row.title)).toEqual(['late', 'later', 'finished', 'finished long ago']);
  });

  it('marks unfinished items past due as of the given day, and points each row at its postmortem', () => {
    expect(list.rows.map((row) => row.overdue)).toEqual([true, false, false, false]);
    expect(list.rows.map((row) => list.incidents[row.incident]!.url)).toEqual([
      '/postmortems/b/',
      '/postmortems/a/',
      '/postmortems/a/',
      '/postmortems/b/',
    ]);
  });

  it('breaks ties on the due date by postmortem id, then title', () => {
    const tied = actionItemList(
      [
        source('b', [item('y', 'open', '2026-02-01')]),
        source('a', [item('z', 'open', '2026-02-01'), item('x', 'open', '2026-02-01')]),
      ],
      '2026-01-01',
    );
    expect(tied.rows.map((row) => row.title)).toEqual(['x', 'z', 'y']);
  });

  it('counts owners, ignoring case in their order', () => {
    expect(actionItemOwners(list)).toEqual([
      { owner: 'Platform', count: 1 },
      { owner: 'sre', count: 3 },
    ]);
  });

  it('cuts the list into pages, with one page even when empty', () => {
    const many = actionItemList(
      [
        source(
          'a',
          Array.from({ length: 2 * PAGE_SIZE + 1 }, (_, index) => item(`t${index}`, 'open', '2026-02-01')),
        ),
      ],
      '2026-01-01',
    );
    expect(actionItemPageCount(many)).toBe(3);
    expect(actionItemPage(many, 1)).toHaveLength(PAGE_SIZE);
    expect(actionItemPage(many, 3)).toHaveLength(1);
    expect(actionItemPageCount(actionItemList([], '2026-01-01'))).toBe(1);
  });
});
