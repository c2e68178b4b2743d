/**
 * `astro dev` with hostile postmortems: the page of a file that fails the
 * check shows the check's messages, and its body is never evaluated. The dev
 * server runs in a private copy of the project (Astro's caches live inside
 * the project) on a free port, and is always stopped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_FILES, preparePrivateRoot } from '../bench/private-root.ts';
import { DEV_ATTACK, prepareContent } from '../support/attack-cases.ts';
import { newCanary } from '../support/attack-output.ts';
import { OUTPUT_ROOT, PROJECT_ROOT } from '../support/fixture-build.ts';

const START_CEILING_MS = 180_000;

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

/** The page's text with HTML entities and JSON string escapes undone, so a message reads as the check wrote it. */
function readable(html: string): string {
  return html
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\(["\\/])/g, '$1')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('astro dev with hostile postmortems', () => {
  const canary = newCanary();
  const writeDir = join(OUTPUT_ROOT, 'attacks', 'dev', 'writes');
  let server: ChildProcess | undefined;
  let serverLog = '';
  let url = '';
  let root = '';
  /** file name -> the check's messages for it. */
  const messages = new Map<string, string[]>();

  beforeAll(async () => {
    const content = prepareContent('dev', [DEV_ATTACK]);
    rmSync(writeDir, { recursive: true, force: true });
    mkdirSync(writeDir, { recursive: true });

    const check = spawnSync(process.execPath, ['src/cli/check.ts'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, HINDSIGHT_CONTENT_DIR: content.contentDir },
    });
    for (const file of DEV_ATTACK.files) {
      const prefix = `postmortems/${file.name}: `;
      messages.set(
        file.name,
        check.stderr
          .split('\n')
          .filter((line) => !line.startsWith('warning:') && line.includes(prefix))
          .map((line) => line.slice(line.indexOf(prefix) + prefix.length).replace(/^[^:]+: /, '')),
      );
    }

    root = preparePrivateRoot(
      PROJECT_ROOT,
      ARCHIVE_FILES,
      join(PROJECT_ROOT, 'node_modules'),
      mkdtempSync(join(tmpdir(), 'hindsight-dev-attacks-')),
    );
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const { NODE_ENV: _env, VITEST: _vitest, VITEST_MODE: _mode, ...env } = process.env;
    server = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
      {
        cwd: root,
        detached: true,
        env: {
          ...env,
          ASTRO_TELEMETRY_DISABLED: '1',
          HINDSIGHT_CONTENT_DIR: content.absolute,
          HINDSIGHT_ATTACK_CANARY: canary,
          HINDSIGHT_ATTACK_WRITE_DIR: writeDir,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout!.on('data', (chunk) => (serverLog += chunk));
    server.stderr!.on('data', (chunk) => (serverLog += chunk));
    const deadline = Date.now() + START_CEILING_MS;
    for (;;) {
      if (server.exitCode !== null) throw new Error(`astro dev stopped (${server.exitCode}):\n${serverLog}`);
      try {
        await fetch(url, { signal: AbortSignal.timeout(30_000) });
        break;
      } catch {
        if (Date.now() > deadline)
          throw new Error(`astro dev did not answer within ${START_CEILING_MS} ms:\n${serverLog}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  }, START_CEILING_MS + 60_000);

  afterAll(() => {
    // The whole process group: astro dev may have started helpers of its own.
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    if (root) rmSync(root, { recursive: true, force: true });
  });

  const page = async (path: string) => {
    const response = await fetch(new URL(path, url), { signal: AbortSignal.timeout(120_000) });
    return readable(await response.text());
  };

  for (const file of DEV_ATTACK.files) {
    const id = file.name.replace(/\.mdx$/, '');

    it(`the check refuses ${id}`, () => {
      expect(messages.get(file.name)!.length).toBeGreaterThan(0);
    });

    it(`/postmortems/${id}/ shows the check's messages for it`, async () => {
      const html = await page(`/postmortems/${id}/`);
      expect(html).toContain(id);
      const shown = messages.get(file.name)!;
      expect(shown.length).toBeGreaterThan(0);
      for (const message of shown) expect(html).toContain(message);
      expect(html).not.toContain(canary);
    });

    it(`the home page shows the check's messages for ${id}`, async () => {
      const html = await page('/');
      const shown = messages.get(file.name)!;
      expect(shown.length).toBeGreaterThan(0);
      for (const message of shown) expect(html).toContain(message);
      expect(html).not.toContain(canary);
    });
  }

  it('never evaluates the hostile body', async () => {
    // Every page has been requested by now; ask once more to be sure the body had its chance.
    await page(`/postmortems/${DEV_ATTACK.files[0]!.name.replace(/\.mdx$/, '')}/`);
    expect(readdirSync(writeDir)).toEqual([]);
    expect(serverLog).not.toContain(canary);
  });
});
