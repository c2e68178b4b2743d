/** Builds a content folder with the real `astro build`, as a user would, into tests/.output/. */
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const PROJECT_ROOT = new URL('../..', import.meta.url).pathname;
/** Where fixture sites are built; HINDSIGHT_TEST_OUTPUT_DIR separates concurrent runs. */
export const OUTPUT_ROOT = process.env.HINDSIGHT_TEST_OUTPUT_DIR ?? join(PROJECT_ROOT, 'tests/.output');
/** The file the code-canary fixture's body would write if it ever ran. */
export const CODE_CANARY_FILE = join(OUTPUT_ROOT, 'code-canary-ran.txt');
/** Builds in tests are "as of" 2026-01-01, so overdue action items are stable. */
export const TEST_BUILD_EPOCH = String(Date.UTC(2026, 0, 1) / 1000);

/**
 * Each fixture build's own Astro cache (content store included): builds that run
 * side by side (test files in parallel, a user's build in the same checkout, another
 * checkout sharing node_modules) must never read each other's entries.
 */
export function astroCacheDir(name: string): string {
  return join(OUTPUT_ROOT, '.astro-cache', name);
}

export interface FixtureBuild {
  name: string;
  outDir: string;
  exitCode: number;
  /** stdout and stderr, ANSI colours removed. */
  log: string;
  base: string;
}

export interface FixtureOptions {
  /** Content folder relative to the project root. */
  contentDir: string;
  env?: Record<string, string>;
}

/** The environment a user's shell would have: vitest's NODE_ENV=test would change Astro's mode. */
function withoutTestRunnerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_ENV: _nodeEnv, VITEST: _vitest, VITEST_MODE: _mode, ...rest } = env;
  return rest;
}

export function buildFixture(name: string, { contentDir, env = {} }: FixtureOptions): FixtureBuild {
  const outDir = join(OUTPUT_ROOT, name);
  if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        ...withoutTestRunnerEnv(process.env),
        ASTRO_TELEMETRY_DISABLED: '1',
        SOURCE_DATE_EPOCH: TEST_BUILD_EPOCH,
        HINDSIGHT_CONTENT_DIR: contentDir,
        HINDSIGHT_ASTRO_CACHE_DIR: astroCacheDir(name),
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const log = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { name, outDir, exitCode: result.status ?? 1, log, base: env.HINDSIGHT_BASE ?? '/' };
}
