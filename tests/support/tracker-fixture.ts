/**
 * What the fake trackers hold for tests/fixtures/tracker: one answer of each
 * kind the sync and the check must handle.
 */
import type { FakeGithubOptions, FakeJiraOptions } from './fake-trackers.ts';

export const TRACKER_CONTENT = 'tests/fixtures/tracker/content';
export const TRACKER_POSTMORTEM = `${TRACKER_CONTENT}/postmortems/2025-10-01-checkout-queue-backlog.mdx`;
export const FAKE_JIRA_SITE = 'https://jira.fake-tracker.example';

export const FIXTURE_GITHUB: FakeGithubOptions = {
  issues: {
    // The postmortem says open; closed on 12 Oct.
    'fake-org/fake-repo/issues/12': { state: 'closed', closed_at: '2025-10-12T16:20:00Z', state_reason: 'completed' },
    // Merged on the day the postmortem says.
    'fake-org/fake-repo/pulls/7': {
      state: 'closed',
      closed_at: '2025-10-05T09:00:00Z',
      merged_at: '2025-10-05T09:00:00Z',
    },
    // The postmortem says closed on 2 Oct; the tracker on 20 Oct.
    'fake-org/fake-repo/issues/15': { state: 'closed', closed_at: '2025-10-20T08:00:00Z', state_reason: 'completed' },
  },
};

export const FIXTURE_JIRA: FakeJiraOptions = {
  issues: {
    // The postmortem says done.
    'OPS-42': { statusName: 'In Progress', category: 'indeterminate' },
    'OPS-43': { statusName: 'To Do', category: 'new' },
  },
};
