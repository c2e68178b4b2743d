/**
 * Unit-tier set-up: the type-check test needs the `astro:content` types that
 * Astro writes into `.astro/`. A fresh clone has none until a build or a sync,
 * so the tier writes them itself with `astro sync` when they are missing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { astroCacheDir } from './fixture-build.ts';

const PROJECT_ROOT = new URL('../..', import.meta.url).pathname;
const TYPES_FILE = join(PROJECT_ROOT, '.astro/types.d.ts');

export default function setup(): void {
  if (existsSync(TYPES_FILE)) return;
  // vitest's NODE_ENV=test would change Astro's mode; sync as a user's shell would.
  const { NODE_ENV: _nodeEnv, VITEST: _vitest, VITEST_MODE: _mode, ...env } = process.env;
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    // Its own Astro cache, so a build running in this checkout meanwhile keeps its content store.
    env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', HINDSIGHT_ASTRO_CACHE_DIR: astroCacheDir('astro-types') },
  });
  // Not fatal: every other unit test can still run, and the type-check test then fails on the missing types.
  if (result.status !== 0 || !existsSync(TYPES_FILE)) {
    console.error(`astro sync could not write ${TYPES_FILE}:\n${result.stdout}\n${result.stderr}`);
  }
}
