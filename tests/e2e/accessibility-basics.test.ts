/**
 * Accessibility basics on the example archive (content/), on the index and on one
 * postmortem page: skip link, colour schemes, print styles, alt text, headings, language.
 */
import type { BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './support/session.ts';

const { example } = inject('builds');

/** The Cyber Monday postmortem has a graph image, related postmortems and action items. */
const POSTMORTEM = 'postmortems/2025-12-01-checkout-cyber-monday-capacity/';
const PAGES = [
  { name: 'index', path: '' },
  { name: 'postmortem page', path: POSTMORTEM },
];

/** WCAG relative luminance of a computed `rgb()`/`rgba()` colour; rejects anything not opaque. */
function luminance(colour: string): number {
  const match = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)(?:,\s*([\d.]+))?\)$/.exec(colour);
  if (!match) throw new Error(`not an rgb colour: ${colour}`);
  if (match[4] !== undefined && Number(match[4]) < 1) throw new Error(`background is not opaque: ${colour}`);
  const [r, g, b] = [match[1], match[2], match[3]].map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('accessibility basics (content/)', () => {
  const session = useBrowserSession(example);

  async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await session.newContext({ viewport: { width: 1280, height: 720 }, ...options });
    const page = await context.newPage();
    const response = await page.goto(new URL(path, session.url).href);
    expect(response?.status(), `status of /${path}`).toBe(200);
    return page;
  }

  /** Hidden the way `display: none` hides: not rendered, by itself or by an ancestor. */
  async function hiddenByDisplayNone(locator: Locator): Promise<boolean> {
    return locator.evaluate((element) => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        if (getComputedStyle(node).display === 'none') return !element.checkVisibility();
      }
      return false;
    });
  }

  describe.for(PAGES)('$name', ({ path }) => {
    it('focuses the visible "Skip to content" link first, and it skips to the main content', async () => {
      const page = await open(path);
      const skip = page.getByRole('link', { name: 'Skip to content' });
      expect(await skip.count()).toBe(1);
      // Out of sight until focused.
      const before = await skip.boundingBox();
      expect(before!.y + before!.height).toBeLessThanOrEqual(0);

      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({
        text: document.activeElement?.textContent?.trim(),
        href: document.activeElement?.getAttribute('href'),
      }));
      expect(focused).toEqual({ text: 'Skip to content', href: '#main' });
      const shown = await skip.boundingBox();
      expect(await skip.isVisible()).toBe(true);
      expect(shown!.y).toBeGreaterThanOrEqual(0);
      expect(shown!.x).toBeGreaterThanOrEqual(0);
      expect(shown!.y + shown!.height).toBeLessThanOrEqual(720);
      expect(await skip.evaluate((link) => getComputedStyle(link).outlineStyle)).not.toBe('none');

      await page.keyboard.press('Enter');
      await page.waitForFunction(() => location.hash === '#main');
      // The main content is scrolled to the top of the window…
      const mainTop = await page.locator('#main').evaluate((main) => main.getBoundingClientRect().top);
      expect(Math.abs(mainTop)).toBeLessThanOrEqual(1);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      // …and the next Tab lands inside it, not back in the site header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#main')))).toBe(true);
    });

    it('follows the dark and light colour schemes', async () => {
      const dark = await open(path, { colorScheme: 'dark' });
      expect(luminance(await dark.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBeLessThan(0.2);
      expect(luminance(await dark.evaluate(() => getComputedStyle(document.body).color))).toBeGreaterThan(0.5);
      await dark.context().close();

      const light = await open(path, { colorScheme: 'light' });
      expect(luminance(await light.evaluate(() => getComputedStyle(document.body).backgroundColor))).toBeGreaterThan(
        0.8,
      );
      expect(luminance(await light.evaluate(() => getComputedStyle(document.body).color))).toBeLessThan(0.2);
    });

    it('has exactly one h1, lang="en", and alt text on every image', async () => {
      const page = await open(path);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
      const h1 = page.locator('h1');
      expect(await h1.count()).toBe(1);
      expect((await h1.innerText()).trim()).not.toBe('');
      const images = await page
        .locator('img')
        .evaluateAll((imgs) => imgs.map((img) => ({ src: img.getAttribute('src'), alt: img.getAttribute('alt') })));
      if (path === POSTMORTEM) expect(images.length).toBeGreaterThanOrEqual(1);
      for (const image of images) expect(image.alt?.trim(), `alt of ${image.src}`).toMatch(/\S/);
    });
  });

  it('prints the postmortem without the site header and related postmortems, but with timeline and action items', async () => {
    const page = await open(POSTMORTEM);
    const header = page.locator('header.site-header');
    const related = page.locator('section[aria-labelledby="related"]');
    const timeline = page.locator('ol.timeline');
    const actionItems = page.locator('section[aria-labelledby="action-items"] table');
    // On screen all four are shown, so print styles are what hide the first two.
    for (const shown of [header, related, timeline, actionItems]) expect(await shown.isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    expect(await hiddenByDisplayNone(header), 'site header hidden in print').toBe(true);
    expect(await hiddenByDisplayNone(related), 'related postmortems hidden in print').toBe(true);
    expect(await header.isVisible()).toBe(false);
    expect(await related.isVisible()).toBe(false);
    expect(await timeline.isVisible(), 'timeline shown in print').toBe(true);
    expect(await page.locator('ol.timeline > li').count()).toBeGreaterThanOrEqual(5);
    for (const event of await page.locator('ol.timeline > li').all()) expect(await event.isVisible()).toBe(true);
    expect(await actionItems.isVisible(), 'action items shown in print').toBe(true);
    expect(await actionItems.locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    for (const row of await actionItems.locator('tbody tr').all()) expect(await row.isVisible()).toBe(true);
  });

  it('prints the index without the site header, but with the list of postmortems', async () => {
    const page = await open('');
    await page.emulateMedia({ media: 'print' });
    expect(await hiddenByDisplayNone(page.locator('header.site-header'))).toBe(true);
    expect(await page.locator('tr[data-id]').first().isVisible()).toBe(true);
  });
});
