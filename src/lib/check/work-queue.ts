/**
 * Files handed out a few at a time to whichever thread is free, through one
 * counter in shared memory: the next index not yet taken. Fixed shares left
 * the main thread idle while a worker, which starts later (it loads the
 * check's modules first), finished its half.
 */
export const FILES_PER_TAKE = 32;

/** A counter for `forEachTaken`, shareable with worker threads. */
export function newWorkQueue(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
}

/** Visits each index below `count` that this thread takes from the queue; together, the threads visit each index once. */
export function forEachTaken(queue: Int32Array, count: number, visit: (index: number) => void): void {
  for (
    let start = Atomics.add(queue, 0, FILES_PER_TAKE);
    start < count;
    start = Atomics.add(queue, 0, FILES_PER_TAKE)
  ) {
    for (let index = start; index < Math.min(start + FILES_PER_TAKE, count); index += 1) visit(index);
  }
}
