/** Reads the /search/ page the way a person reads it: each result's link, date line and excerpt. */
import type { Page } from 'playwright-core';
import { clientRendered } from './settled.ts';

export interface ShownResult {
  href: string;
  title: string;
  date: string;
  excerpt: string;
}

const readResults = (page: Page): Promise<ShownResult[]> =>
  page.$$eval('.search-result', (items) =>
    items.map((item) => ({
      href: item.querySelector('[data-title]')?.getAttribute('href') ?? '',
      title: item.querySelector('[data-title]')?.textContent ?? '',
      date: item.querySelector('[data-date]')?.textContent ?? '',
      excerpt: item.querySelector('[data-excerpt]')?.textContent ?? '',
    })),
  );

/** Waits until the page has answered its query: the status line counts results and every result is shown. */
async function answered(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    /found|No postmortem/.test(document.querySelector('[data-status]')?.textContent ?? ''),
  );
  await clientRendered(page);
}

/** Opens /search/?q=`query` on `page` and returns its results once every one is shown. */
export async function searchFor(page: Page, siteUrl: string, query: string): Promise<ShownResult[]> {
  await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href);
  await answered(page);
  return readResults(page);
}

/** Searches again on an open /search/ page, as a person does: type, press Enter, read. */
export async function searchAgain(page: Page, query: string): Promise<ShownResult[]> {
  // Blank the status first, so the previous answer cannot pass for this one.
  await page.locator('[data-status]').evaluate((status) => (status.textContent = ''));
  await page.locator('#search-query').fill(query);
  await page.locator('#search-query').press('Enter');
  await answered(page);
  return readResults(page);
}
