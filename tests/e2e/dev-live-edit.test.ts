/**
 * `astro dev` while an author edits: the moment a postmortem stops passing the
 * check, its page (and every other) shows the check's message instead of the
 * last good version; a body that tries to run code is never evaluated; fixing
 * the file brings the page back.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_START_CEILING_MS, pageWhen, startDevServer, type DevServer } from '../support/dev-server.ts';
import { PROJECT_ROOT } from '../support/fixture-build.ts';

const ID = '2025-01-14-checkout-pool';

describe('astro dev while a postmortem is edited', () => {
  const content = join(mkdtempSync(join(tmpdir(), 'hindsight-live-edit-')), 'content');
  const file = join(content, 'postmortems', `${ID}.mdx`);
  const canary = join(content, '..', 'body-ran.txt');
  let original = '';
  let server: DevServer | undefined;

  beforeAll(async () => {
    cpSync(join(PROJECT_ROOT, 'tests/fixtures/basic/content'), content, { recursive: true });
    original = readFileSync(file, 'utf8');
    server = await startDevServer(content);
  }, DEV_START_CEILING_MS + 60_000);

  afterAll(() => server?.stop());

  it('shows the page while the file passes the check', async () => {
    const html = await pageWhen(server!, `/postmortems/${ID}/`, (page) => page.includes('<h1'));
    expect(html).not.toContain('error(s) in the content files');
  });

  it('shows the check message, not the old page, once a field breaks', async () => {
    writeFileSync(file, original.replace(/^severity: SEV\d/m, 'severity: SEV9'));
    const html = await pageWhen(server!, `/postmortems/${ID}/`, (page) =>
      page.includes('error(s) in the content files'),
    );
    expect(html).toContain(`postmortems/${ID}.mdx: severity: must be one of SEV1, SEV2, SEV3, SEV4`);
  });

  it('never runs a body that an edit turns into code', async () => {
    const payload = `{/* a */ globalThis.process.getBuiltinModule('node:fs').writeFileSync(${JSON.stringify(canary)}, 'ran') /* b */}`;
    writeFileSync(file, `${original}\n${payload}\n`);
    const html = await pageWhen(server!, `/postmortems/${ID}/`, (page) => page.includes('JavaScript expression'));
    expect(html).toContain(`postmortems/${ID}.mdx: body: must not contain a JavaScript expression`);
    expect(existsSync(canary)).toBe(false);
  });

  it('shows the page again once the file is fixed', async () => {
    writeFileSync(file, original);
    const html = await pageWhen(
      server!,
      `/postmortems/${ID}/`,
      (page) => !page.includes('error(s) in the content files'),
    );
    expect(html).toContain('<h1');
    expect(existsSync(canary)).toBe(false);
  });
});
