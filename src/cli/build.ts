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

/**
 * V8 grows the heap by a factor it picks from how fast collection keeps up;
 * rendering thousands of pages on a heap that holds the content store left it
 * picking small steps, so it collected the whole heap every few hundred pages.
 * Letting it double the heap between full collections cut rendering 10,000
 * postmortems from 85.7 s to 67.7-69.9 s (CPU profiles, docs/benchmarks.md).
 * Tripling it was slower (96.3 s). Node only takes this flag on its command line.
 */
const ASTRO_NODE_FLAGS = ['--heap-growing-percent=100'];

/** Astro's own log format, so the build's output reads as one log. */
function log(line: string): void {
  console.log(`${new Date().toTimeString().slice(0, 8)} [hindsight] ${line}`);
}

function runAstro(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...ASTRO_NODE_FLAGS, ASTRO, 'build', ...args], { stdio: 'inherit', env });
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
