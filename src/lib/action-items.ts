/** Action-item state relative to a reference date (the build date). */
import type { ActionItem } from '../schema/postmortem.ts';
import { FINISHED_STATUSES } from '../schema/vocabulary.ts';

const FINISHED: ReadonlySet<string> = new Set(FINISHED_STATUSES);

/** Still open or in progress after its due date. `today` is YYYY-MM-DD. */
export function isOverdue(item: Pick<ActionItem, 'status' | 'due'>, today: string): boolean {
  return !FINISHED.has(item.status) && item.due < today;
}

/** Open or in progress. */
export function isUnfinished(item: Pick<ActionItem, 'status'>): boolean {
  return !FINISHED.has(item.status);
}
