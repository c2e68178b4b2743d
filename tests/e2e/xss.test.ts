/**
 * Pages built from tests/fixtures/hostile must stay inert: no dialog, no
 * injected script running, no CSP violation (which would mean one tried).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSession, type BrowserSession } from './support/session.ts';
import { clientRendered } from './support/settled.ts';

const { hostile } = inject('builds');

const PAGES = [
  'postmortems/2025-06-01-hostile-strings/',
  '',
  '?service=checkout&sort=ttd',
  'search/?q=script',
  'search/?q=xss&service=checkout',
  'services/checkout/',
  'teams/',
  'root-causes/config-change/',
  'insights/',
  'insights/?service=checkout',
  'action-items/',
  'action-items/?status=open',
];

describe('hostile content stays text', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession(hostile);
  });
  afterAll(() => session?.close());

  it.each(PAGES)('/%s runs no injected script', async (path) => {
    const { page, errors } = await session.open(path);
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    // Let client-rendered rows, results and charts appear.
    await page.waitForLoadState('networkidle');
    await clientRendered(page);
    const handlers = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name))
          .map((attribute) => `${element.tagName} ${attribute.name}`),
      ),
    );
    expect(handlers).toEqual([]);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors.filter((error) => /Content Security Policy|Refused/.test(error))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the hostile strings as text', async () => {
    const { page } = await session.open('postmortems/2025-06-01-hostile-strings/');
    expect(await page.locator('h1').textContent()).toBe(
      '<script>window.__xss=1</script> Checkout </title><img src=x onerror=window.__xss=1>',
    );
    expect(await page.locator('main script, main iframe, main svg[onload], main img[onerror]').count()).toBe(0);
    await page.context().close();
  });
});
