import type { TrackerAnswer } from '../../schema/tracker-state.ts';
import type { TrackerProblem } from './http.ts';

/** A tracker's answer about one ticket, before it is dated and stored; or why there is none. */
export type TrackerReply =
  | { ok: true; answer: Pick<TrackerAnswer, 'state' | 'closedAt' | 'resolution'> }
  | { ok: false; problem: TrackerProblem };

export const badAnswer = (message: string): TrackerReply => ({ ok: false, problem: { kind: 'bad-answer', message } });
