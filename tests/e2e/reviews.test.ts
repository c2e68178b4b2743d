/**
 * The quarterly review in a browser: reached from the navigation, free of axe
 * violations (tests/e2e/accessibility-axe.test.ts covers it in both themes),
 * and printable: in print media the navigation and feed links are gone, links
 * carry their full address, and a PDF comes out.
 */
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './support/session.ts';

const { example } = inject('builds');
const REVIEW = 'reviews/2025-q3/';

describe('the quarterly review', () => {
  const session = useBrowserSession(example);

  async function open(path: string) {
    const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const response = await page.goto(new URL(path, session.url).href);
    expect(response?.status()).toBe(200);
    return page;
  }

  it('is one click from the navigation, through the index, newest quarter first', async () => {
    const page = await open('');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reviews' }).click();
    await page.waitForURL(/\/reviews\/$/);
    const quarters = page.locator('[data-review-table="index"] tbody th');
    await expect.poll(() => quarters.first().textContent()).toBe('2026 Q4 (not yet begun)');
    await page.getByRole('link', { name: '2025 Q3', exact: true }).click();
    await page.waitForURL(/\/reviews\/2025-q3\/$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Reliability review 2025 Q3');
  });

  it('prints without the site chrome, with link addresses, as a PDF', async () => {
    const page = await open(REVIEW);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const pager = page.getByRole('navigation', { name: 'Other quarters' });
    expect(await nav.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await nav.isVisible()).toBe(false);
    expect(await pager.isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    const link = page.locator('[data-review-table="incidents"] a').first();
    const after = await link.evaluate((element) => getComputedStyle(element, '::after').content);
    expect(after).toBe(
      `" (${new URL('/postmortems/2025-07-12-auth-session-store-failover/', 'https://incidents.tidewater.example').href})"`,
    );
    // Section headings never end a page alone.
    const breakAfter = await page
      .locator('#timing')
      .evaluate((heading) => getComputedStyle(heading.parentElement!).breakAfter);
    expect(breakAfter).toBe('avoid');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Every section is in the printed document.
    expect(await page.locator('.review-section:visible').count()).toBe(6);
  });
});
