/**
 * `astro dev` with hostile postmortems: the page of a file that fails the
 * check shows the check's messages, and its body is never evaluated. The dev
 * server runs in a private copy of the project (Astro's caches live inside
 * the project) on a free port, and is always stopped.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_START_CEILING_MS, startDevServer, type DevServer } from '../support/dev-server.ts';
import { DEV_ATTACK, prepareContent } from '../support/attack-cases.ts';
import { newCanary } from '../support/attack-output.ts';
import { OUTPUT_ROOT, PROJECT_ROOT } from '../support/fixture-build.ts';

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
  let server: DevServer | undefined;
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

    server = await startDevServer(content.absolute, {
      HINDSIGHT_ATTACK_CANARY: canary,
      HINDSIGHT_ATTACK_WRITE_DIR: writeDir,
    });
  }, DEV_START_CEILING_MS + 60_000);

  afterAll(() => server?.stop());

  const page = async (path: string) => {
    const response = await fetch(new URL(path, server!.url), { signal: AbortSignal.timeout(120_000) });
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
    expect(server!.log()).not.toContain(canary);
  });
});
