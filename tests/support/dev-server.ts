/**
 * `astro dev` in a private copy of the project (Astro's caches live inside
 * the project) on a free port, polled until it answers, always stoppable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARCHIVE_FILES, preparePrivateRoot } from '../bench/private-root.ts';
import { PROJECT_ROOT } from './fixture-build.ts';

export const DEV_START_CEILING_MS = 180_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface DevServer {
  url: string;
  /** Everything the server printed so far. */
  log(): string;
  stop(): Promise<void>;
}

/** Starts `astro dev` on `contentDir` (an absolute path) and resolves once it answers. */
export async function startDevServer(contentDir: string, extraEnv: Record<string, string> = {}): Promise<DevServer> {
  const root = preparePrivateRoot(
    PROJECT_ROOT,
    ARCHIVE_FILES,
    join(PROJECT_ROOT, 'node_modules'),
    mkdtempSync(join(tmpdir(), 'hindsight-dev-')),
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const { NODE_ENV: _env, VITEST: _vitest, VITEST_MODE: _mode, ...env } = process.env;
  const server: ChildProcess = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      detached: true,
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', HINDSIGHT_CONTENT_DIR: contentDir, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const stop = async () => {
    // The whole process group: astro dev may have started helpers of its own.
    if (server.pid && server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      process.kill(-server.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    }
    // A helper of the server may still be finishing a write: retry rather than fail the run.
    rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  const deadline = Date.now() + DEV_START_CEILING_MS;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`astro dev stopped (${server.exitCode}):\n${log}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(30_000) });
      return { url, log: () => log, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`astro dev did not answer within ${DEV_START_CEILING_MS} ms:\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** Fetches a page's text until `accept` holds for it, or fails after `ceilingMs`. */
export async function pageWhen(
  server: DevServer,
  path: string,
  accept: (html: string) => boolean,
  ceilingMs = 60_000,
): Promise<string> {
  const deadline = Date.now() + ceilingMs;
  let html = '';
  while (Date.now() < deadline) {
    html = await (await fetch(new URL(path, server.url), { signal: AbortSignal.timeout(ceilingMs) })).text();
    if (accept(html)) return html;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${path} never showed what was expected within ${ceilingMs} ms; last response:\n${html.slice(0, 2000)}`,
  );
}
