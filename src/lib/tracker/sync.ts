/**
 * One sync: ask the trackers about every linked ticket, a few at a time, and
 * make the new state from their answers. An item whose request fails keeps
 * its previous answer (dated by its own fetchedAt) or stays without one:
 * nothing is ever guessed. Links no action item uses any more are dropped.
 */
import type { TrackerAnswer, TrackerState } from '../../schema/tracker-state.ts';
import type { TrackerProblem } from './http.ts';
import type { TrackerLink } from './links.ts';
import type { TrackerReply } from './reply.ts';

export interface SyncTarget {
  link: string;
  ticket: TrackerLink;
}

export type AskTracker = (ticket: TrackerLink) => Promise<TrackerReply>;

export type SyncOutcome =
  | { link: string; ok: true; answer: TrackerAnswer; changed: boolean }
  | { link: string; ok: false; problem: TrackerProblem; kept?: TrackerAnswer };

export interface SyncOptions {
  /** Requests in flight at once. */
  concurrency?: number;
  /** The clock, for fetchedAt. */
  now?: () => Date;
  jiraUrl?: string;
}

export const DEFAULT_CONCURRENCY = 4;

const sameAnswer = (a: TrackerAnswer | undefined, b: TrackerAnswer) =>
  a !== undefined && a.state === b.state && a.closedAt === b.closedAt && a.resolution === b.resolution;

export async function syncTrackerState(
  targets: readonly SyncTarget[],
  previous: TrackerState | undefined,
  ask: AskTracker,
  { concurrency = DEFAULT_CONCURRENCY, now = () => new Date(), jiraUrl }: SyncOptions = {},
): Promise<{ state: TrackerState; outcomes: SyncOutcome[] }> {
  const before = new Map((previous?.items ?? []).map((item) => [item.link, item]));
  const unique = [...new Map(targets.map((target) => [target.link, target])).values()];
  const outcomes: SyncOutcome[] = new Array(unique.length);
  // Once a tracker says its rate limit is reached, asking it again only wastes the wait.
  const limited = new Map<string, TrackerProblem>();
  let next = 0;

  const work = async () => {
    while (next < unique.length) {
      const index = next++;
      const { link, ticket } = unique[index]!;
      const kept = before.get(link);
      const stop = limited.get(ticket.tracker);
      const reply: TrackerReply = stop
        ? { ok: false, problem: { kind: 'rate-limited', message: `not asked: ${stop.message}` } }
        : await ask(ticket);
      if (!reply.ok) {
        if (reply.problem.kind === 'rate-limited' && !stop) limited.set(ticket.tracker, reply.problem);
        outcomes[index] = { link, ok: false, problem: reply.problem, ...(kept && { kept }) };
        continue;
      }
      const answer: TrackerAnswer = {
        link,
        tracker: ticket.tracker,
        ...reply.answer,
        fetchedAt: now()
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z'),
      };
      if (answer.closedAt === undefined) delete answer.closedAt;
      if (answer.resolution === undefined) delete answer.resolution;
      outcomes[index] = { link, ok: true, answer, changed: !sameAnswer(kept, answer) };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, unique.length)) }, work));

  const items = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.answer] : outcome.kept ? [outcome.kept] : []));
  return { state: { version: 1, ...(jiraUrl && { jiraUrl }), items }, outcomes };
}
