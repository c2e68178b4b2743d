import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../support/fixture-build.ts';

const { invalid } = inject('builds');
const FILE = 'tests/fixtures/invalid/content/postmortems/2025-03-01-three-mistakes.mdx';

describe('a build with an invalid postmortem', () => {
  it('fails, and produces no site', () => {
    expect(invalid.exitCode).not.toBe(0);
    expect(existsSync(join(invalid.outDir, 'index.html'))).toBe(false);
  });

  it('names the file and each field, with the same messages as npm run check', () => {
    const check = spawnSync(process.execPath, ['src/cli/check.ts'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, HINDSIGHT_CONTENT_DIR: 'tests/fixtures/invalid/content' },
    });
    const checkLines = check.stderr.split('\n').filter((line) => line.startsWith(FILE));
    expect(checkLines.map((line) => line.split(': ')[1])).toEqual(['severity', 'services[0]', 'timeline[0].at']);
    for (const line of checkLines) expect(invalid.log).toContain(line);
  });
});

describe('the build log', () => {
  const { basic } = inject('builds');

  it('says in one line what the check found', () => {
    expect(basic.log).toMatch(/Check: 3 postmortems and 3 taxonomies, no errors, \d+ warnings?\n/);
  });

  it('says it for a refused build too, before the check lines', () => {
    expect(invalid.log).toMatch(/Check: 2 postmortems and 3 taxonomies, 3 errors, \d+ warnings?\n/);
  });
});
