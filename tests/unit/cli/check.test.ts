import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;

function runCheck(contentDir: string) {
  return spawnSync(process.execPath, ['src/cli/check.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, HINDSIGHT_CONTENT_DIR: contentDir },
  });
}

describe('npm run check', () => {
  it('prints every error as path: field: message, no stack trace, and exits 1', () => {
    const result = runCheck('tests/fixtures/invalid/content');
    expect(result.status).toBe(1);
    const file = 'tests/fixtures/invalid/content/postmortems/2025-03-01-three-mistakes.mdx';
    expect(result.stderr).toContain(`${file}: severity: must be one of SEV1, SEV2, SEV3, SEV4; got "SEV5"`);
    expect(result.stderr).toContain(`${file}: services[0]: unknown service "chekout"`);
    expect(result.stderr).toContain(`${file}: timeline[0].at: must be an ISO 8601 time with an offset`);
    expect(result.stderr).toMatch(/3 errors in 2 postmortems\.\s*$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 0 with a one-line summary when clean', () => {
    const result = runCheck('tests/fixtures/basic/content');
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('Checked 3 postmortems in tests/fixtures/basic/content/: no errors.');
  });

  it('accepts the example archive', () => {
    const result = runCheck('content');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
