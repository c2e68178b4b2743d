import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../src/lib/check/index.ts';
import { checkTrackerStateFile } from '../../../src/lib/check/tracker-state-file.ts';
import { trackerStateSchema } from '../../../src/schema/tracker-state.ts';
import { archive, changed, FILE, postmortem } from '../lib/check/archive-builder.ts';

const PATH = 'content/tracker-state.json';
const ITEM = {
  link: 'https://github.com/acme/shop/issues/12',
  tracker: 'github',
  state: 'closed',
  closedAt: '2026-03-12T15:00:00Z',
  resolution: 'completed',
  fetchedAt: '2026-11-28T06:00:00Z',
};
const file = (value: unknown) => ({ path: PATH, text: `${JSON.stringify(value, null, 2)}\n` });

describe('tracker state file', () => {
  it('accepts what sync writes, with or without a Jira site', () => {
    expect(trackerStateSchema.safeParse({ version: 1, items: [ITEM] }).success).toBe(true);
    expect(trackerStateSchema.safeParse({ version: 1, jiraUrl: 'https://acme.atlassian.net', items: [] }).success).toBe(
      true,
    );
  });

  it('names the file, the field and the line of each mistake', () => {
    const { problems, state } = checkTrackerStateFile(
      file({
        version: 1,
        items: [
          { ...ITEM, state: 'done' },
          { ...ITEM, fetchedAt: 'yesterday' },
        ],
      }),
    );
    expect(state).toBeUndefined();
    expect(problems.map(({ file, field, line }) => ({ file, field, line }))).toEqual([
      { file: PATH, field: 'items[0].state', line: 7 },
      { file: PATH, field: 'items[1].fetchedAt', line: 18 },
    ]);
    expect(problems.every((problem) => problem.severity === 'error')).toBe(true);
  });

  it('refuses a closing date on an open ticket, and a link answered twice', () => {
    const openWithDate = checkTrackerStateFile(file({ version: 1, items: [{ ...ITEM, state: 'open' }] }));
    expect(openWithDate.problems).toMatchObject([
      { file: PATH, field: 'items[0].closedAt', message: 'only goes with state closed', line: 8 },
    ]);
    const twice = checkTrackerStateFile(file({ version: 1, items: [ITEM, ITEM] }));
    expect(twice.problems).toMatchObject([
      { field: 'items[1].link', message: 'is already answered by items[0]; each link appears once', line: 13 },
    ]);
  });

  it('refuses an answer that does not fit its link or answers ahead of its own fetch', () => {
    const { problems, state } = checkTrackerStateFile(
      file({
        version: 1,
        jiraUrl: 'https://acme.atlassian.net',
        items: [
          { ...ITEM, tracker: 'jira' },
          { ...ITEM, link: 'https://evil.example/a', state: 'open', closedAt: undefined },
          { ...ITEM, link: 'https://github.com/acme/shop/issues/13', closedAt: '2026-12-01T00:00:00Z' },
        ],
      }),
    );
    expect(state).toBeUndefined();
    expect(problems).toMatchObject([
      { field: 'items[0].tracker', message: 'is "jira", but its link points to "github"', line: 7 },
      {
        field: 'items[1].tracker',
        message: 'is "github", but its link points to no tracker (the link is not a GitHub or Jira ticket)',
      },
      { field: 'items[2].closedAt', message: expect.stringMatching(/^is later than fetchedAt/) },
    ]);
  });

  it('refuses a file far larger than sync writes, before reading it', () => {
    const huge = { path: PATH, text: ' '.repeat(4 * 1024 * 1024 + 1) };
    expect(checkTrackerStateFile(huge).problems).toMatchObject([
      { field: 'file', message: expect.stringMatching(/more than the 4194304 a tracker state file may hold/) },
    ]);
  });

  it('says when the file is not JSON, or of another version, or has unknown fields', () => {
    expect(checkTrackerStateFile({ path: PATH, text: '{ "version": 1, ' }).problems[0]).toMatchObject({
      file: PATH,
      field: 'file',
      message: expect.stringMatching(/^is not valid JSON \(.+\); run npm run sync to write it again$/),
    });
    expect(checkTrackerStateFile(file({ version: 2, items: [] })).problems.map((problem) => problem.field)).toEqual([
      'version',
    ]);
    expect(
      checkTrackerStateFile(file({ version: 1, items: [{ ...ITEM, colour: 'red' }] })).problems.map((p) => p.field),
    ).toEqual(['items[0].colour']);
  });

  it('is checked with the archive: an error of npm run check, and the build gate', () => {
    const result = checkArchive(archive({ [FILE]: postmortem() }, { trackerState: { path: PATH, text: '[]' } }));
    expect(result.errorCount).toBe(1);
    expect(result.problems.find((problem) => problem.severity === 'error')).toMatchObject({
      file: PATH,
      field: 'file',
      severity: 'error',
    });
  });
});

describe('tracker warnings in the check', () => {
  const linked = changed('link: https://tracker.example.com/OPS-1', `link: ${ITEM.link}`);
  const warningsWith = (frontMatter: string, items: unknown[]) =>
    checkArchive(
      archive({ [FILE]: postmortem(frontMatter) }, { trackerState: file({ version: 1, items }) }),
    ).problems.filter((problem) => problem.message.includes('tracker'));

  it('warns where the postmortem and the tracker disagree, naming file, item, state and date', () => {
    const open = changed('status: done\n    type: prevent', 'status: open\n    type: prevent', linked);
    const warnings = warningsWith(open, [ITEM]);
    expect(warnings).toEqual([
      {
        file: FILE,
        field: 'actionItems[0].status',
        message: `"Validate pool sizes" (${ITEM.link}): tracker says closed on 12 Mar 2026; postmortem says open (${PATH}, synced 28 Nov 2026); update status (and closed), or reopen the ticket`,
        severity: 'warning',
        rule: 'tracker',
        line: expect.any(Number),
      },
    ]);
  });

  it('is quiet where they agree, and warns on a ticket link that was never synced', () => {
    expect(warningsWith(linked, [{ ...ITEM, closedAt: undefined }])).toEqual([]);
    expect(warningsWith(linked, []).map((problem) => problem.field)).toEqual(['actionItems[0].link']);
  });
});
