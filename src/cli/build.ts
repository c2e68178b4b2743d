/**
 * `npm run build -- [astro build options]`: `astro build`, then the search
 * index and the link-preview images in this process once Astro's has exited.
 * Astro holds every page module it rendered until it exits; indexing beside
 * that heap doubled the build's peak memory. Options go to `astro build`
 * unchanged (e.g. `--outDir`); the exit code is Astro's, or 1 if the step after
 * it fails.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPostBuildJob, POST_BUILD_JOB_ENV, runPostBuild } from '../integration/post-build.ts';

const ASTRO = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));

/** Astro's own log format, so the build's output reads as one log. */
function log(line: string): void {
  console.log(`${new Date().toTimeString().slice(0, 8)} [hindsight] ${line}`);
}

function runAstro(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ASTRO, 'build', ...args], { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const folder = mkdtempSync(join(tmpdir(), 'hindsight-build-'));
const jobFile = join(folder, 'post-build.json');
try {
  // `--public` builds the public archive on every platform (an env prefix in package.json would not run on Windows).
  const args = process.argv.slice(2);
  const audience = args.includes('--public') ? { HINDSIGHT_AUDIENCE: 'public' } : {};
  const astroArgs = args.filter((arg) => arg !== '--public');
  const code = await runAstro(astroArgs, { ...process.env, ...audience, [POST_BUILD_JOB_ENV]: jobFile });
  // No job file: Astro failed, or only printed its help.
  if (code === 0 && existsSync(jobFile)) {
    log('Astro has exited; writing the search index and preview images');
    await runPostBuild(loadPostBuildJob(jobFile), log);
  }
  process.exitCode = code;
} catch (error) {
  console.error(`[hindsight] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
