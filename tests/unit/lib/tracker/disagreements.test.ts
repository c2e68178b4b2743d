import { describe, expect, it } from 'vitest';
import { disagreementText, trackerDisagreement } from '../../../../src/lib/tracker/disagreements.ts';
import { trackerMarkOf } from '../../../../src/lib/tracker/mark.ts';
import type { TrackerAnswer, TrackerState } from '../../../../src/schema/tracker-state.ts';

const ISSUE = 'https://github.com/acme/shop/issues/12';
const JIRA = 'https://acme.atlassian.net/browse/OPS-42';
const FETCHED = '2026-11-28T06:00:00Z';

const answer = (fields: Partial<TrackerAnswer>, link = ISSUE): TrackerAnswer => ({
  link,
  tracker: link.includes('github') ? 'github' : 'jira',
  state: 'open',
  fetchedAt: FETCHED,
  ...fields,
});
const stateOf = (...items: TrackerAnswer[]): TrackerState => ({
  version: 1,
  jiraUrl: 'https://acme.atlassian.net',
  items,
});
const text = (
  item: { status: 'open' | 'in-progress' | 'done' | 'wont-do'; closed?: string; link?: string },
  state: TrackerState | undefined,
) => {
  const found = trackerDisagreement({ link: ISSUE, ...item }, state);
  return found && disagreementText(found);
};

describe('trackerDisagreement', () => {
  const closedOn12Mar = stateOf(answer({ state: 'closed', closedAt: '2026-03-12T15:00:00Z', resolution: 'completed' }));

  it('postmortem open or in progress, tracker closed: says when', () => {
    expect(text({ status: 'open' }, closedOn12Mar)).toBe('tracker says closed on 12 Mar 2026; postmortem says open');
    expect(text({ status: 'in-progress' }, closedOn12Mar)).toBe(
      'tracker says closed on 12 Mar 2026; postmortem says in progress',
    );
    expect(text({ status: 'open' }, stateOf(answer({ state: 'closed' })))).toBe(
      'tracker says closed; postmortem says open',
    );
  });

  it('postmortem done or won’t do, tracker open', () => {
    const open = stateOf(answer({ state: 'open' }));
    expect(text({ status: 'done', closed: '2026-03-12' }, open)).toBe('tracker says open; postmortem says done');
    expect(text({ status: 'wont-do' }, open)).toBe("tracker says open; postmortem says won't do");
  });

  it('closing dates more than a day apart disagree; a day apart (time zones) agree', () => {
    expect(text({ status: 'done', closed: '2026-03-12' }, closedOn12Mar)).toBeUndefined();
    expect(text({ status: 'done', closed: '2026-03-13' }, closedOn12Mar)).toBeUndefined();
    expect(text({ status: 'done', closed: '2026-03-11' }, closedOn12Mar)).toBeUndefined();
    expect(text({ status: 'done', closed: '2026-03-14' }, closedOn12Mar)).toBe(
      'tracker says closed on 12 Mar 2026; postmortem says closed on 14 Mar 2026',
    );
    expect(text({ status: 'done', closed: '2026-03-10' }, closedOn12Mar)).toMatch(/postmortem says closed on 10 Mar/);
    // Without a date on either side there is nothing to compare.
    expect(text({ status: 'done' }, closedOn12Mar)).toBeUndefined();
    expect(text({ status: 'done', closed: '2026-01-01' }, stateOf(answer({ state: 'closed' })))).toBeUndefined();
  });

  it('agreeing items, items without links and links elsewhere say nothing', () => {
    expect(text({ status: 'open' }, stateOf(answer({ state: 'open' })))).toBeUndefined();
    expect(trackerDisagreement({ status: 'open' }, closedOn12Mar)).toBeUndefined();
    expect(trackerDisagreement({ status: 'open', link: 'https://tracker.example.com/OPS-1' }, closedOn12Mar)).toBe(
      undefined,
    );
  });

  it('says nothing at all without a state file: nothing was synced', () => {
    expect(trackerDisagreement({ status: 'open', link: ISSUE }, undefined)).toBeUndefined();
    expect(trackerDisagreement({ status: 'open', link: 'https://github.com/acme/shop/projects/1' }, undefined)).toBe(
      undefined,
    );
  });

  it('a ticket link without an answer is unsynced; a tracker page that is no ticket is not syncable', () => {
    expect(trackerDisagreement({ status: 'open', link: ISSUE }, stateOf())?.kind).toBe('unsynced');
    const board = trackerDisagreement({ status: 'open', link: 'https://github.com/acme/shop/projects/1' }, stateOf());
    expect(board?.kind).toBe('not-syncable');
    expect(disagreementText(board!)).toBe(
      'link is on GitHub but not an issue or pull request URL, so its state cannot be synced',
    );
  });

  it('reads Jira links on the synced Jira site only', () => {
    const jira = stateOf(answer({ state: 'open', resolution: 'In Progress' }, JIRA));
    expect(trackerDisagreement({ status: 'done', link: JIRA }, jira)?.kind).toBe('tracker-open');
    expect(trackerDisagreement({ status: 'done', link: JIRA }, { ...jira, jiraUrl: undefined })).toBeUndefined();
    expect(
      trackerDisagreement({ status: 'open', link: 'https://acme.atlassian.net/jira/software/projects/OPS' }, jira)
        ?.kind,
    ).toBe('not-syncable');
  });
});

describe('trackerMarkOf', () => {
  it('marks what readers need, capitalised, with the sync date', () => {
    const found = trackerDisagreement(
      { status: 'open', link: ISSUE },
      stateOf(answer({ state: 'closed', closedAt: '2026-03-12T15:00:00Z' })),
    );
    expect(trackerMarkOf(found)).toEqual({
      kind: 'tracker-closed',
      text: 'Tracker says closed on 12 Mar 2026; postmortem says open',
      asOf: 'synced 28 Nov 2026',
    });
  });

  it('leaves unsynced and unsyncable links to the check', () => {
    expect(trackerMarkOf(trackerDisagreement({ status: 'open', link: ISSUE }, stateOf()))).toBeUndefined();
    expect(trackerMarkOf(undefined)).toBeUndefined();
  });
});
