/**
 * The archive's look in a real browser, on the example archive (content/): the
 * Inter font is loaded from the site itself, a postmortem image is a figure with
 * a caption and a larger view that works from the keyboard, and form controls
 * show where the focus is.
 */
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './support/session.ts';

const { example } = inject('builds');

/** The Cyber Monday postmortem shows a graph of the traffic. */
const POSTMORTEM = 'postmortems/2025-12-01-checkout-cyber-monday-capacity/';
const GRAPH_ALT =
  'Checkout requests per second and error rate on 1 December, with the autoscaling ceiling reached at 06:00';

describe('design (content/)', () => {
  const session = useBrowserSession(example);

  /** A page that records every request and any console error (a CSP violation is one). */
  async function open(path: string, options: BrowserContextOptions = {}) {
    const context = await session.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(new URL(path, session.url).href);
    expect(response?.status(), `status of /${path}`).toBe(200);
    return { page, requests, errors };
  }

  describe('font', () => {
    it.for([
      { name: 'index', path: '' },
      { name: 'postmortem page', path: POSTMORTEM },
    ])('$name: text is set in Inter, loaded from the site itself within the CSP', async ({ path }) => {
      const { page, requests, errors } = await open(path);
      await page.waitForFunction(() => document.fonts.status === 'loaded');
      const font = await page.evaluate(() => ({
        family: getComputedStyle(document.querySelector('h1')!).fontFamily,
        available: document.fonts.check('1em "Inter Variable"'),
        loaded: [...document.fonts].filter((face) => face.family.includes('Inter Variable') && face.status === 'loaded')
          .length,
      }));
      expect(font.family).toMatch(/^"Inter Variable"/);
      expect(font.available).toBe(true);
      expect(font.loaded).toBeGreaterThan(0);

      const origin = new URL(session.url).origin;
      const fontFiles = requests.filter((url) => url.endsWith('.woff2'));
      expect(fontFiles.some((url) => /\/_astro\/inter-latin-wght-normal\.[\w-]+\.woff2$/.test(url))).toBe(true);
      expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  describe('image figure', () => {
    async function figure(page: Page): Promise<Locator> {
      const graph = page.getByRole('group').filter({ has: page.getByRole('img', { name: GRAPH_ALT }) });
      await expect.poll(() => graph.count()).toBe(1);
      return graph;
    }

    it('shows the image in a figure with its caption, and its link opens the image file', async () => {
      const { page } = await open(POSTMORTEM);
      const graph = await figure(page);
      const caption = graph.locator('.figure-caption');
      expect(await caption.isVisible()).toBe(true);
      expect((await caption.textContent())?.trim()).toBe(GRAPH_ALT);
      // Without the script the link still leads to the image: a file on this site.
      const href = await graph.getByRole('link').getAttribute('href');
      expect(href).toMatch(/^\/_astro\/[\w.-]+\.(webp|png|jpe?g|avif|gif)$/);
    });

    it('opens a larger view with Enter and closes it with Escape, returning focus to the image', async () => {
      const { page, errors } = await open(POSTMORTEM);
      const link = (await figure(page)).getByRole('link');
      await link.focus();
      await page.keyboard.press('Enter');

      const dialog = page.getByRole('dialog', { name: GRAPH_ALT });
      await dialog.waitFor({ state: 'visible' });
      const large = dialog.getByRole('img', { name: GRAPH_ALT });
      await expect
        .poll(() => large.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
        .toBeGreaterThan(0);
      // Larger than the image in the page.
      const inPage = (await link.getByRole('img').boundingBox())!;
      const zoomed = (await large.boundingBox())!;
      expect(zoomed.width).toBeGreaterThan(inPage.width);
      // The page stayed where it was: no navigation to the file.
      expect(page.url()).toBe(new URL(POSTMORTEM, session.url).href);

      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(errors).toEqual([]);
    });

    it('closes the larger view with its Close button, and a click opens it', async () => {
      const { page } = await open(POSTMORTEM);
      const link = (await figure(page)).getByRole('link');
      await link.click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ state: 'visible' });
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    });

    it('dims the image a little in the dark theme until it is hovered, and not in the light theme', async () => {
      const dark = await open(POSTMORTEM, { colorScheme: 'dark' });
      const darkImage = (await figure(dark.page)).getByRole('img');
      expect(await darkImage.evaluate((image) => getComputedStyle(image).filter)).toMatch(/^brightness\(0\.\d+\)$/);
      await darkImage.hover();
      await expect.poll(() => darkImage.evaluate((image) => getComputedStyle(image).filter)).toBe('none');

      const light = await open(POSTMORTEM, { colorScheme: 'light' });
      const lightImage = (await figure(light.page)).getByRole('img');
      expect(await lightImage.evaluate((image) => getComputedStyle(image).filter)).toMatch(/^(none|brightness\(1\))$/);
    });
  });

  describe('form controls', () => {
    /** Focus by keyboard (Tab from the element before) and read the focus ring. */
    async function focusRing(page: Page, control: Locator) {
      await control.evaluate((element) => {
        const before = document.createElement('button');
        before.className = 'visually-hidden';
        before.dataset.testTabStart = '';
        element.before(before);
        before.focus();
      });
      await page.keyboard.press('Tab');
      return control.evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          focused: element === document.activeElement && element.matches(':focus-visible'),
          outline: style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth),
        };
      });
    }

    it.for([
      { name: 'the sort select on the index', path: '', selector: '#sort, select[name="sort"]' },
      { name: 'a filter checkbox on the index', path: '', selector: '.facet-option input[type="checkbox"]' },
      { name: 'the header search field', path: '', selector: '#header-search' },
      { name: 'the search field on /search/', path: 'search/', selector: '#search-query' },
      { name: 'the search button on /search/', path: 'search/', selector: '.search-form button[type="submit"]' },
    ])('$name shows a visible focus ring when reached by keyboard', async ({ path, selector }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await open(path, { colorScheme });
        const control = page.locator(selector).first();
        await control.waitFor({ state: 'visible' });
        await expect.poll(() => control.isEnabled()).toBe(true);
        const ring = await focusRing(page, control);
        expect(ring.focused, `${selector} focused (${colorScheme})`).toBe(true);
        expect(ring.outline, `${selector} outline width (${colorScheme})`).toBeGreaterThanOrEqual(2);
      }
    });

    it('draws its own arrow on selects, the same in every browser', async () => {
      const { page } = await open('');
      const select = page.locator('select').first();
      const style = await select.evaluate((element) => {
        const computed = getComputedStyle(element);
        return { appearance: computed.appearance, arrow: computed.backgroundImage };
      });
      expect(style.appearance).toBe('none');
      expect(style.arrow).toContain('linear-gradient');
    });
  });
});
