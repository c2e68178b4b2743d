import { describe, expect, it } from 'vitest';
import { FILES_PER_TAKE, forEachTaken, newWorkQueue } from '../../../../src/lib/check/work-queue.ts';

describe('the check’s work queue', () => {
  it('hands every index out once, in order, and nothing to a thread that asks after the last', () => {
    const queue = newWorkQueue();
    const count = FILES_PER_TAKE * 3 + 5;
    const first: number[] = [];
    forEachTaken(queue, count, (index) => first.push(index));
    expect(first).toEqual(Array.from({ length: count }, (_, index) => index));
    const second: number[] = [];
    forEachTaken(queue, count, (index) => second.push(index));
    expect(second).toEqual([]);
  });
});
