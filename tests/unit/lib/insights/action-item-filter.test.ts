import { describe, expect, it } from 'vitest';
import {
  actionItemQuery,
  matchesActionItemFilter,
  parseActionItemFilter,
} from '../../../../src/lib/insights/action-item-filter.ts';

const item = { status: 'open', owner: 'priya', type: 'detect', overdue: true };

describe('action-item filters', () => {
  it('reads status, owner, type and overdue from the query, ignoring unknown statuses and types', () => {
    expect(parseActionItemFilter('?status=open&owner=priya&type=detect&overdue=1')).toEqual({
      status: 'open',
      owner: 'priya',
      type: 'detect',
      overdue: true,
    });
    expect(parseActionItemFilter('?status=closed&type=blame&overdue=yes&owner=%20')).toEqual({});
  });

  it('writes them back in a fixed order', () => {
    expect(actionItemQuery({ overdue: true, owner: 'site reliability', status: 'in-progress' })).toBe(
      '?status=in-progress&owner=site+reliability&overdue=1',
    );
    expect(actionItemQuery({})).toBe('');
    expect(parseActionItemFilter(actionItemQuery({ owner: 'a&b' }))).toEqual({ owner: 'a&b' });
  });

  it('matches items on every given filter', () => {
    expect(matchesActionItemFilter(item, {})).toBe(true);
    expect(matchesActionItemFilter(item, { status: 'open', owner: 'priya', type: 'detect', overdue: true })).toBe(true);
    expect(matchesActionItemFilter(item, { status: 'done' })).toBe(false);
    expect(matchesActionItemFilter(item, { owner: 'Priya' })).toBe(false);
    expect(matchesActionItemFilter(item, { type: 'prevent' })).toBe(false);
    expect(matchesActionItemFilter({ ...item, overdue: false }, { overdue: true })).toBe(false);
  });
});
