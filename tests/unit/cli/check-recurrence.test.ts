/**
 * The recurrence review as an author meets it: a new postmortem that repeats
 * an earlier cause on the same service gets a notice naming the earlier
 * incident and what it promised that is still unfinished.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/check.ts');
const dir = mkdtempSync(join(tmpdir(), 'hindsight-recurrence-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A copy of the example archive with one new postmortem: the webhook signing
// certificate expired again in August, on the same service (payments).
cpSync(join(ROOT, 'content'), dir, { recursive: true });
const NEW = join(dir, 'postmortems/2026-08-20-webhook-cert-expired-again.mdx');
writeFileSync(
  NEW,
  readFileSync(join(ROOT, 'content/postmortems/2026-03-04-payments-webhook-signing-cert-expiry.mdx'), 'utf8')
    .replaceAll('2026-03-04T', '2026-08-20T')
    .replace(/^related:.*\n/m, ''),
);

function check(args: string[]) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      HINDSIGHT_CONTENT_DIR: dir,
      INIT_CWD: ROOT,
      SOURCE_DATE_EPOCH: String(Date.UTC(2026, 8, 12) / 1000),
    },
  });
}

describe('the recurrence review in npm run check', () => {
  it('tells the author of a repeat which earlier incident it repeats, and what is still unfinished', () => {
    const result = check([NEW]);
    expect(result.status, result.stderr).toBe(0);
    const notices = result.stdout.split('\n').filter((line) => line.startsWith('notice: '));
    expect(notices[0]).toMatch(
      /^notice: .*2026-08-20-webhook-cert-expired-again\.mdx: rootCause\.category: Same cause as 2026-03-04-payments-webhook-signing-cert-expiry \(169 days earlier, also on service Payments\); /,
    );
    // Its action items: the copy's own are not earlier promises; the March incident's unfinished ones are.
    expect(notices[0]).toContain('is still open');
    expect(notices.some((line) => line.includes('2026-01-20-certificate-expiry-internal-mtls'))).toBe(false);
  });

  it('looks as far back as asked', () => {
    // 20 Jan 2026 is 212 days before 20 Aug 2026.
    const wide = check([NEW, '--recurrence-days', '240']).stdout;
    expect(wide).toMatch(/notice: .*Same cause as 2026-01-20-certificate-expiry-internal-mtls \(212 days earlier/);
    expect(check([NEW, '--recurrence-days', '30']).stdout).not.toContain('notice:');
    expect(check([NEW, '--recurrence-days', 'soon']).status).toBe(2);
  });

  it('annotates the pull request with notices, which never fail the check', () => {
    const result = check([NEW, '--format', 'github']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^::notice file=[^,]*2026-08-20-webhook-cert-expired-again\.mdx,line=\d+,title=rootCause\.category::Same cause as 2026-03-04-payments-webhook-signing-cert-expiry/m,
    );
  });

  it('says nothing about postmortems it was not asked to review', () => {
    const other = join(dir, 'postmortems/2026-03-04-payments-webhook-signing-cert-expiry.mdx');
    expect(check([other]).stdout).not.toContain('2026-08-20-webhook-cert-expired-again');
  });
});
