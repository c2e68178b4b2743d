/**
 * `npm run sync` as a user runs it, against local fakes of GitHub and Jira,
 * on a copy of tests/fixtures/tracker; then `npm run check` on the result.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeGithub, fakeJira, type FakeServer } from '../../support/fake-trackers.ts';
import { OUTPUT_ROOT, PROJECT_ROOT, TEST_BUILD_EPOCH } from '../../support/fixture-build.ts';
import { FAKE_JIRA_SITE, FIXTURE_GITHUB, FIXTURE_JIRA, TRACKER_CONTENT } from '../../support/tracker-fixture.ts';

const SYNC = join(PROJECT_ROOT, 'src/cli/sync.ts');
const CHECK = join(PROJECT_ROOT, 'src/cli/check.ts');
const POSTMORTEM = 'postmortems/2025-10-01-checkout-queue-backlog.mdx';

let contentDir: string;
let servers: FakeServer[] = [];
beforeEach(() => {
  mkdirSync(OUTPUT_ROOT, { recursive: true });
  // Inside the project, so paths in messages read as a user would see them.
  contentDir = relative(PROJECT_ROOT, mkdtempSync(join(OUTPUT_ROOT, 'sync-')));
  cpSync(join(PROJECT_ROOT, TRACKER_CONTENT), join(PROJECT_ROOT, contentDir), { recursive: true });
  rmSync(join(PROJECT_ROOT, contentDir, 'tracker-state.json'));
});
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
  rmSync(join(PROJECT_ROOT, contentDir), { recursive: true, force: true });
});

/** Runs the sync without blocking this process, where the fakes answer. */
async function runSync(env: Record<string, string>) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [SYNC], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, HINDSIGHT_CONTENT_DIR: contentDir, GITHUB_TOKEN: '', JIRA_TOKEN: '', ...env },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function fakes(github = FIXTURE_GITHUB, jira = FIXTURE_JIRA) {
  servers = [await fakeGithub(github), await fakeJira(jira)];
  return {
    HINDSIGHT_GITHUB_API: servers[0]!.url,
    HINDSIGHT_JIRA_URL: FAKE_JIRA_SITE,
    HINDSIGHT_JIRA_API: servers[1]!.url,
  };
}

const stateFile = () => join(PROJECT_ROOT, contentDir, 'tracker-state.json');
const withoutFetchedAt = (text: string) => text.replace(/"fetchedAt": "[^"]+"/g, '"fetchedAt": "…"');

describe('npm run sync', () => {
  it('writes every answer, reports the ticket it could not get, and the check then warns on each mismatch', async () => {
    const result = await runSync(await fakes());
    expect(result.stderr).toContain(
      'failed  https://github.com/fake-org/fake-repo/issues/404: not found (HTTP 404); a private repository or project needs a token; no answer stored',
    );
    expect(result.stderr).toContain(`Synced 5 of 6 linked tickets into ${contentDir}/tracker-state.json; 1 failed.`);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'changed https://github.com/fake-org/fake-repo/issues/12: closed on 2025-10-12 (completed)',
    );
    expect(result.stdout).toContain(
      `not syncable: ${contentDir}/${POSTMORTEM}: "Review queue ownership": https://github.com/fake-org/fake-repo/projects/1 is on GitHub but not an issue or pull request URL`,
    );
    // The file the build test uses is what the sync writes, but for the time of the sync.
    expect(withoutFetchedAt(readFileSync(stateFile(), 'utf8'))).toBe(
      withoutFetchedAt(readFileSync(join(PROJECT_ROOT, TRACKER_CONTENT, 'tracker-state.json'), 'utf8')),
    );

    // The fixture copy is not a file changed in git, so its warnings are listed only with --warnings.
    const check = spawnSync(process.execPath, [CHECK, '--warnings'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, HINDSIGHT_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: TEST_BUILD_EPOCH },
    });
    expect(check.status).toBe(0);
    const today = new Date().toUTCString().slice(5, 16).replace(/^0/, '');
    expect(check.stdout).toContain(
      `warning: ${contentDir}/${POSTMORTEM}: actionItems[0].status: "Alert on queue depth" (https://github.com/fake-org/fake-repo/issues/12): tracker says closed on 12 Oct 2025; postmortem says open (${contentDir}/tracker-state.json, synced ${today}); update status (and closed), or reopen the ticket`,
    );
    expect(check.stdout).toContain('actionItems[2].status: "Document the replay runbook"');
    expect(check.stdout).toContain('tracker says open; postmortem says done');
    expect(check.stdout).toContain(
      'actionItems[3].closed: "Cap consumer retries" (https://github.com/fake-org/fake-repo/issues/15): tracker says closed on 20 Oct 2025; postmortem says closed on 2 Oct 2025',
    );
    expect(check.stdout).toContain('actionItems[4].link: "Load-test the consumer"');
    expect(check.stdout).toContain('tracker state not synced yet; run npm run sync');
    // Agreeing items and links to other trackers say nothing.
    expect(check.stdout).not.toMatch(/Add a dead-letter queue|Split the order topic|Reply to the affected customers/);
  });

  it('keeps earlier answers when the rate limit is reached, and says how to get a higher one', async () => {
    const before = readFileSync(join(PROJECT_ROOT, TRACKER_CONTENT, 'tracker-state.json'), 'utf8');
    writeFileSync(stateFile(), before);
    const result = await runSync(await fakes({ ...FIXTURE_GITHUB, rateLimited: 403 }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'failed  https://github.com/fake-org/fake-repo/issues/12: rate limit reached (resets at 01:00 UTC); keeping the answer of 2025-12-30T08:00:00Z',
    );
    expect(result.stderr).toMatch(
      /failed  https:\/\/github.com\/fake-org\/fake-repo\/issues\/404: (not asked: )?rate limit reached \(resets at 01:00 UTC\); no answer stored/,
    );
    expect(result.stderr).toContain('Set GITHUB_TOKEN for a higher GitHub rate limit.');
    // GitHub's answers are the earlier ones; Jira still answered.
    const after = JSON.parse(readFileSync(stateFile(), 'utf8'));
    const github = after.items.filter((item: { tracker: string }) => item.tracker === 'github');
    expect(github).toEqual(JSON.parse(before).items.filter((item: { tracker: string }) => item.tracker === 'github'));
    expect(after.items.filter((item: { tracker: string }) => item.tracker === 'jira')).toHaveLength(2);
  });

  it('without Jira configured, leaves Jira links alone', async () => {
    const { HINDSIGHT_GITHUB_API } = await fakes();
    const result = await runSync({ HINDSIGHT_GITHUB_API, HINDSIGHT_JIRA_URL: '' });
    expect(result.stderr).toContain('Synced 3 of 4 linked tickets');
    expect(servers[1]!.requests).toEqual([]);
    expect(readFileSync(stateFile(), 'utf8')).not.toContain('jira');
  });

  it('has nothing to do on the example archive, whose links point at no real tracker', async () => {
    const result = spawnSync(process.execPath, [SYNC], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        HINDSIGHT_CONTENT_DIR: 'content',
        HINDSIGHT_GITHUB_API: 'http://127.0.0.1:9',
        HINDSIGHT_JIRA_URL: '',
      },
    });
    expect(result.stdout.trim()).toBe('No action item links to a GitHub issue or pull request; nothing to sync.');
    expect(result.status).toBe(0);
    expect(existsSync(join(PROJECT_ROOT, 'content/tracker-state.json'))).toBe(false);
  });
});
