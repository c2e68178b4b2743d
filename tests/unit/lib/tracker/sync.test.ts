import { describe, expect, it } from 'vitest';
import type { TrackerLink } from '../../../../src/lib/tracker/links.ts';
import type { TrackerReply } from '../../../../src/lib/tracker/reply.ts';
import { formatTrackerState } from '../../../../src/lib/tracker/state-file.ts';
import { syncTrackerState, type SyncTarget } from '../../../../src/lib/tracker/sync.ts';
import { trackerStateSchema, type TrackerState } from '../../../../src/schema/tracker-state.ts';

const NOW = () => new Date('2026-11-28T06:00:00.123Z');
const target = (number: number): SyncTarget => ({
  link: `https://github.com/acme/shop/issues/${number}`,
  ticket: { tracker: 'github', kind: 'issue', owner: 'acme', repo: 'shop', number },
});
const numberOf = (ticket: TrackerLink) => (ticket.tracker === 'github' ? ticket.number : 0);

describe('syncTrackerState', () => {
  it('stores every answer with the time it came, sorted by link, each link once', async () => {
    const { state, outcomes } = await syncTrackerState(
      [target(2), target(1), target(2)],
      undefined,
      async (ticket) => ({
        ok: true,
        answer: numberOf(ticket) === 1 ? { state: 'closed', closedAt: '2026-03-12T15:00:00Z' } : { state: 'open' },
      }),
      { now: NOW },
    );
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
    expect(trackerStateSchema.parse(state)).toEqual(state);
    expect(JSON.parse(formatTrackerState(state))).toEqual({
      version: 1,
      items: [
        {
          link: 'https://github.com/acme/shop/issues/1',
          tracker: 'github',
          state: 'closed',
          closedAt: '2026-03-12T15:00:00Z',
          fetchedAt: '2026-11-28T06:00:00Z',
        },
        {
          link: 'https://github.com/acme/shop/issues/2',
          tracker: 'github',
          state: 'open',
          fetchedAt: '2026-11-28T06:00:00Z',
        },
      ],
    });
  });

  it('keeps the previous answer when a request fails, writes none it never had, and drops links no longer used', async () => {
    const previous: TrackerState = {
      version: 1,
      items: [
        { link: target(1).link, tracker: 'github', state: 'open', fetchedAt: '2026-10-01T00:00:00Z' },
        { link: target(9).link, tracker: 'github', state: 'open', fetchedAt: '2026-10-01T00:00:00Z' },
      ],
    };
    const notFound: TrackerReply = { ok: false, problem: { kind: 'not-found', message: 'not found (HTTP 404)' } };
    const { state, outcomes } = await syncTrackerState([target(1), target(2)], previous, async () => notFound, {
      now: NOW,
    });
    expect(state.items).toEqual([previous.items[0]]);
    expect(outcomes).toEqual([
      { link: target(1).link, ok: false, problem: notFound.problem, kept: previous.items[0] },
      { link: target(2).link, ok: false, problem: notFound.problem },
    ]);
  });

  it('stops asking a tracker once it says its rate limit is reached', async () => {
    const asked: number[] = [];
    const { outcomes } = await syncTrackerState(
      [1, 2, 3, 4].map(target),
      undefined,
      async (ticket) => {
        asked.push(numberOf(ticket));
        return { ok: false, problem: { kind: 'rate-limited', message: 'rate limit reached' } };
      },
      { concurrency: 1 },
    );
    expect(asked).toEqual([1]);
    expect(outcomes.map((outcome) => !outcome.ok && outcome.problem.message)).toEqual([
      'rate limit reached',
      'not asked: rate limit reached',
      'not asked: rate limit reached',
      'not asked: rate limit reached',
    ]);
  });

  it('asks at most `concurrency` at once', async () => {
    let inFlight = 0;
    let most = 0;
    await syncTrackerState(
      Array.from({ length: 10 }, (_, index) => target(index + 1)),
      undefined,
      async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return { ok: true, answer: { state: 'open' } };
      },
      { concurrency: 3 },
    );
    expect(most).toBe(3);
  });
});
