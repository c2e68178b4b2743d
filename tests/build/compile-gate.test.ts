/**
 * The body rules run inside the MDX compiler, not only in the check: a site
 * that loads MDX with Astro's plain loader (no check at all) but compiles it
 * with the archive's processor still refuses a body that runs code. Without
 * the processor the same body compiles and runs, so the test can fail.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/fixture-build.ts';

const FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/compile-gate');

function buildGateFixture(plugin: 'on' | 'off') {
  const workDir = mkdtempSync(join(tmpdir(), 'hindsight-compile-gate-'));
  const canary = join(workDir, 'ran.txt');
  const result = spawnSync(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'),
      'build',
      '--root',
      FIXTURE,
      '--outDir',
      join(workDir, 'dist'),
    ],
    {
      cwd: FIXTURE,
      encoding: 'utf8',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        COMPILE_GATE_PLUGIN: plugin,
        COMPILE_GATE_CANARY: canary,
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  return { status: result.status, log: `${result.stdout}\n${result.stderr}`, ran: existsSync(canary) };
}

describe('the body rules inside the MDX compiler', () => {
  it("stop the build with the check's words when nothing else checks the file", () => {
    const build = buildGateFixture('on');
    expect(build.status).not.toBe(0);
    expect(build.log).toContain(
      'tests/fixtures/compile-gate/content/runs-code.mdx: body: must not contain a JavaScript expression',
    );
    expect(build.ran).toBe(false);
  });

  it('are what stops it: without them the same body compiles and runs at build', () => {
    const build = buildGateFixture('off');
    expect(build.status).toBe(0);
    expect(build.ran).toBe(true);
  });
});
