/**
 * The real example archive (content/) in a real browser: the index, then every
 * postmortem it links to, read on a 360 px wide phone screen.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { readPage } from '../support/html.ts';
import { useBrowserSession } from './support/session.ts';

const { example } = inject('builds');
const PHONE_WIDTH = 360;
const DRAFT_ID = '2026-11-12-notifications-duplicate-push';
const DRAFT_TITLE = 'Customers received the same push notification up to three times';
const CYBER_MONDAY_ID = '2025-12-01-checkout-cyber-monday-capacity';

/**
 * The postmortem links of the built index, read when the tests are collected so
 * each page gets its own test; the index test below checks that the browser
 * shows exactly these links.
 */
function linksInBuiltIndex(): { id: string; href: string }[] {
  if (!existsSync(join(example.outDir, 'index.html'))) return [];
  const html = readPage(example.outDir, '');
  return [...html.matchAll(/<tr data-id="([^"]+)"[^>]*>[\s\S]*?<a href="([^"]+)"/g)].map((match) => ({
    id: match[1]!,
    href: match[2]!,
  }));
}
const pages = linksInBuiltIndex();

describe('example archive in the browser (content/)', () => {
  const session = useBrowserSession(example);

  /** A fresh phone-sized page that records console errors, uncaught exceptions and failed requests. */
  async function openPage(width = PHONE_WIDTH): Promise<{ page: Page; errors: string[] }> {
    const context = await session.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) =>
      errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    return { page, errors };
  }

  /** Scrolls each image into view (they are lazy), waits for it to settle, and returns the ones that did not load. */
  async function brokenImages(page: Page): Promise<string[]> {
    const broken: string[] = [];
    for (const image of await page.locator('img').all()) {
      await image.scrollIntoViewIfNeeded();
      const { src, naturalWidth } = await image.evaluate(
        (element: HTMLImageElement) =>
          new Promise<{ src: string; naturalWidth: number }>((resolve) => {
            const done = () => resolve({ src: element.currentSrc || element.src, naturalWidth: element.naturalWidth });
            if (element.complete && element.currentSrc) done();
            else {
              element.addEventListener('load', done, { once: true });
              element.addEventListener('error', done, { once: true });
            }
          }),
      );
      if (!(naturalWidth > 0)) broken.push(src);
    }
    return broken;
  }

  describe('index', () => {
    it('lists the 25 published postmortems, newest first, and no draft', async () => {
      const { page, errors } = await openPage(1280);
      const response = await page.goto(session.url);
      expect(response?.status()).toBe(200);

      const rows = page.locator('tr[data-id]');
      expect(await rows.count()).toBe(25);
      for (const row of await rows.all()) expect(await row.isVisible()).toBe(true);

      const dates = await page
        .locator('tr[data-id] td.date time')
        .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
      expect(dates).toHaveLength(25);
      for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(dates).toEqual([...dates].sort().reverse());
      // The visible date text matches the machine-readable one.
      expect((await page.locator('tr[data-id] td.date').first().innerText()).trim()).toBe('20 Oct 2026');

      const ids = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
      expect(ids).not.toContain(DRAFT_ID);
      expect(
        await page.locator('tr[data-id]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status'))),
      ).toEqual(Array(25).fill('published'));
      expect(await page.locator('body').innerText()).not.toContain(DRAFT_TITLE);
      expect(await page.locator('body').innerText()).not.toMatch(/\bDraft\b/);

      // Every row links to its postmortem, and these are the pages visited below.
      const links = await page
        .locator('tr[data-id]')
        .evaluateAll((trs) =>
          trs.map((tr) => ({ id: tr.getAttribute('data-id')!, href: tr.querySelector('a')!.getAttribute('href')! })),
        );
      expect(links).toEqual(pages);
      for (const { id, href } of links) expect(href).toBe(`${example.base}postmortems/${id}/`);

      expect(errors).toEqual([]);
      // The draft has no page either.
      expect((await fetch(new URL(`postmortems/${DRAFT_ID}/`, session.url))).status).toBe(404);
    });
  });

  describe('every postmortem linked from the index, at 360 px wide', () => {
    it('found the postmortem links in the built index', () => {
      expect(pages).toHaveLength(25);
    });

    it.for(pages)('$id', async ({ href }) => {
      const { page, errors } = await openPage();
      const response = await page.goto(new URL(href, session.url).href);
      expect(response?.status()).toBe(200);

      const h1 = page.locator('h1');
      expect(await h1.count()).toBe(1);
      expect(await h1.isVisible()).toBe(true);
      expect((await h1.innerText()).trim()).not.toBe('');

      for (const key of ['ttd', 'ttm', 'impact', 'resolve']) {
        const stat = page.locator(`dl.duration-stats [data-duration="${key}"]`);
        expect(await stat.count(), `duration stat ${key}`).toBe(1);
        expect(await stat.isVisible(), `duration stat ${key} is visible`).toBe(true);
        expect((await stat.locator('dt').innerText()).trim(), `label of ${key}`).not.toBe('');
        expect((await stat.locator('dd').innerText()).trim(), `value of ${key}`).not.toBe('');
      }

      const events = page.locator('ol.timeline > li');
      expect(await events.count()).toBeGreaterThanOrEqual(5);
      for (const event of await events.all()) expect(await event.isVisible()).toBe(true);

      for (const name of ['Root cause and resolution', 'Corrective and preventative measures']) {
        const heading = page.getByRole('heading', { name, exact: true });
        expect(await heading.count(), `heading "${name}"`).toBe(1);
        expect(await heading.isVisible(), `heading "${name}" is visible`).toBe(true);
      }

      expect(await brokenImages(page), 'images that failed to load').toEqual([]);

      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        // Name the widest offenders not inside a scroll container, to make a failure actionable.
        const offenders = [...document.querySelectorAll('body *')]
          .filter((element) => {
            if (element.getBoundingClientRect().right <= width + 0.5) return false;
            for (let parent = element.parentElement; parent; parent = parent.parentElement) {
              if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(parent).overflowX)) return false;
            }
            return true;
          })
          .slice(0, 3)
          .map((element) => `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 60)}"`);
        return { scrollWidth: document.documentElement.scrollWidth, offenders };
      });
      expect(
        overflow.scrollWidth,
        `horizontal overflow at ${PHONE_WIDTH} px, from ${overflow.offenders.join(', ')}`,
      ).toBeLessThanOrEqual(PHONE_WIDTH);

      expect(errors).toEqual([]);
    });
  });

  it('shows the Cyber Monday traffic graph with a text alternative', async () => {
    const { page, errors } = await openPage(1280);
    const response = await page.goto(new URL(`postmortems/${CYBER_MONDAY_ID}/`, session.url).href);
    expect(response?.status()).toBe(200);

    const graph = page.locator('main img');
    expect(await graph.count()).toBe(1);
    expect(await brokenImages(page)).toEqual([]);
    expect(await graph.isVisible()).toBe(true);
    const box = await graph.boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    expect(box?.height).toBeGreaterThan(50);
    expect((await graph.getAttribute('alt'))?.trim()).toMatch(/\S/);
    expect(await graph.getAttribute('alt')).toContain('Checkout requests per second');

    expect(errors).toEqual([]);
  });
});
