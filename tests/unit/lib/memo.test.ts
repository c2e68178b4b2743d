import { describe, expect, it } from 'vitest';
import { oncePer } from '../../../src/lib/memo.ts';

describe('oncePer', () => {
  it('works a value out once per object and key, and afresh for another object or key', () => {
    const calls: string[] = [];
    const lengthOf = oncePer<string[], number, number>();
    const ask = (list: string[], key: number) =>
      lengthOf(list, key, () => {
        calls.push(`${list.join('')}/${key}`);
        return list.length * key;
      });
    const a = ['x', 'y'];
    const b = ['x', 'y'];
    expect([ask(a, 1), ask(a, 1), ask(a, 3), ask(b, 1), ask(a, 3)]).toEqual([2, 2, 6, 2, 6]);
    // b holds the same items as a but is another list: it is worked out for itself.
    expect(calls).toEqual(['xy/1', 'xy/3', 'xy/1']);
  });

  it('keeps a value of undefined rather than working it out again', () => {
    let calls = 0;
    const nothing = oncePer<object, string, undefined>();
    const owner = {};
    nothing(owner, 'k', () => void (calls += 1));
    nothing(owner, 'k', () => void (calls += 1));
    expect(calls).toBe(1);
  });
});
