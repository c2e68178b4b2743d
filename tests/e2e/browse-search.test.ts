/**
 * Browse, search and share in Chromium: header search, filters in the URL,
 * the same under a base path, and exports that agree with the pages.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatDuration } from '../../src/lib/time/duration.ts';
import { startSession, type BrowserSession } from './support/session.ts';

const { basic, basicBase } = inject('builds');
// A word that appears only in the body of the DST postmortem.
const BODY_ONLY_WORD = 'Zanzibar';

for (const build of [basic, basicBase]) {
  describe(`browse and search at base ${build.base}`, () => {
    let session: BrowserSession;
    beforeAll(async () => {
      session = await startSession(build);
    });
    afterAll(() => session?.close());

    it('lists a postmortem when a word from its body is typed into the header search box', async () => {
      const { page, errors } = await session.open(`postmortems/2025-01-14-checkout-pool/`);
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
      await page.keyboard.type(BODY_ONLY_WORD);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=Zanzibar/);
      const results = page.locator('.search-result');
      await expect.poll(() => results.count()).toBe(1);
      await expect
        .poll(() => results.first().locator('a').getAttribute('href'))
        .toBe(`${build.base}postmortems/2025-11-02-scheduler-dst/`);
      const text = await results.first().textContent();
      expect(text).toContain('SEV3');
      expect(text).toContain('2 Nov 2025');
      expect(text).toContain('Product search');
      expect(await results.first().locator('mark').first().textContent()).toMatch(/zanzibar/i);
      await results.first().locator('a').click();
      await page.waitForURL(/scheduler-dst\/$/);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('keeps search filters in the URL', async () => {
      const { page, errors } = await session.open('search/?severity=SEV2');
      await expect.poll(() => page.locator('.search-result').count()).toBe(1);
      await page.locator('input[name="severity"][value="SEV3"]').check();
      await expect.poll(() => page.url()).toContain('severity=SEV2&severity=SEV3');
      await expect.poll(() => page.locator('.search-result').count()).toBe(2);
      await page.reload();
      await expect.poll(() => page.locator('.search-result').count()).toBe(2);
      await expect.poll(() => page.locator('input[name="severity"][value="SEV3"]').isChecked()).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('reads a search link pasted before filters used ids: `detection=` and display names become ids', async () => {
      const { page, errors } = await session.open('search/?detection=Monitoring&service=Checkout');
      await expect.poll(() => new URL(page.url()).search).toBe('?service=checkout&detected=monitoring');
      await expect.poll(() => page.locator('input[name="service"][value="checkout"]').isChecked()).toBe(true);
      await expect.poll(() => page.locator('input[name="detected"][value="monitoring"]').isChecked()).toBe(true);
      await expect.poll(() => page.locator('.search-result').count()).toBe(1);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('uses the same filter keys and ids on the index and the search page', async () => {
      const { page, errors } = await session.open('search/?service=checkout&detected=monitoring');
      await expect.poll(() => page.locator('.search-result').count()).toBe(1);
      await page.goto(new URL('?service=checkout&detected=monitoring', session.url).href);
      await expect.poll(() => page.locator('tr[data-id]').count()).toBe(1);
      expect(await page.locator('input[name="detected"][value="monitoring"]').isChecked()).toBe(true);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('filters the index by service and severity, and keeps the filter on reload', async () => {
      const { page, errors } = await session.open('');
      const rows = page.locator('tr[data-id]');
      expect(await rows.count()).toBe(2);
      await page.locator('input[name="service"][value="checkout"]').check();
      await page.locator('input[name="severity"][value="SEV2"]').check();
      await expect.poll(() => page.url()).toBe(`${session.url}?severity=SEV2&service=checkout`);
      await expect.poll(() => rows.count()).toBe(1);
      expect(await rows.first().getAttribute('data-id')).toBe('2025-01-14-checkout-pool');
      await page.reload();
      await expect.poll(() => rows.count()).toBe(1);
      expect(await page.locator('input[name="service"][value="checkout"]').isChecked()).toBe(true);
      await expect.poll(() => page.locator('[data-count="severity:SEV3"]').textContent()).toBe('0');
      await page.locator('[data-clear]').click();
      await expect.poll(() => rows.count()).toBe(2);
      expect(errors).toEqual([]);
      await page.context().close();
    });

    it('serves durations in /postmortems.json equal to the pages', async () => {
      const { page, errors } = await session.open('');
      const response = await page.request.get(new URL('postmortems.json', session.url).href);
      const { postmortems } = (await response.json()) as {
        postmortems: { url: string; ttdMinutes: number; ttmMinutes: number }[];
      };
      expect(postmortems).toHaveLength(2);
      for (const record of postmortems) {
        await page.goto(new URL(new URL(record.url).pathname, session.url).href);
        expect(await page.locator('[data-duration="ttd"] dd').textContent()).toContain(
          formatDuration(record.ttdMinutes * 60_000),
        );
        expect(await page.locator('[data-duration="ttm"] dd').textContent()).toContain(
          formatDuration(record.ttmMinutes * 60_000),
        );
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  });
}

describe('theme, copy link and the 404 page', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession(basic);
  });
  afterAll(() => session?.close());

  it('remembers a chosen theme across pages', async () => {
    const { page, errors } = await session.open('', { colorScheme: 'light' });
    await page.locator('[data-theme-select]').selectOption('dark');
    await page.goto(new URL('postmortems/2025-01-14-checkout-pool/', session.url).href);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 21, 23)');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('copies the canonical link of a postmortem', async () => {
    const { page } = await session.open('postmortems/2025-01-14-checkout-pool/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('.copy-page').click();
    // Writing to the clipboard is asynchronous: wait for it rather than read at once.
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('https://incidents.tidewater.example/postmortems/2025-01-14-checkout-pool/');
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Link copied to the clipboard.');
    await page.context().close();
  });

  it('offers search on the 404 page', async () => {
    const { page } = await session.open('postmortems/no-such-incident/');
    await page.locator('#not-found-query').fill(BODY_ONLY_WORD);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.search-result').count()).toBe(1);
    await page.context().close();
  });
});
