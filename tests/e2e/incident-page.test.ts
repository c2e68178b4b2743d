/**
 * The incident page in a real browser, built from tests/fixtures/basic ("as of" 2026-01-01):
 * the durations, timeline and action items a reader sees, and following a related link.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './support/session.ts';

const { basic } = inject('builds');
const DST_PATH = 'postmortems/2025-11-02-scheduler-dst/';
const POOL_PATH = 'postmortems/2025-01-14-checkout-pool/';

describe('incident page in the browser (tests/fixtures/basic)', () => {
  const session = useBrowserSession(basic);

  /** A fresh page that records console errors, uncaught exceptions and failed requests. */
  async function openPage(): Promise<{ page: Page; errors: string[] }> {
    const context = await session.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error on ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error on ${page.url()}: ${error.message}`));
    page.on('requestfailed', (request) =>
      errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    return { page, errors };
  }

  async function goto(page: Page, path: string) {
    const response = await page.goto(new URL(path, session.url).href);
    expect(response?.status(), `status of /${path}`).toBe(200);
  }

  /** The visible label and value of one duration stat (the dl's `data-duration` entries). */
  async function durationStat(page: Page, key: string) {
    const stat = page.locator(`dl.duration-stats [data-duration="${key}"]`);
    expect(await stat.count(), `duration stat ${key}`).toBe(1);
    expect(await stat.isVisible(), `duration stat ${key} is visible`).toBe(true);
    return {
      label: (await stat.locator('dt').innerText()).trim(),
      value: (await stat.locator('dd').innerText()).trim(),
    };
  }

  it('shows the durations, a five-event timeline with the misleading lead set apart, and the overdue item', async () => {
    const { page, errors } = await openPage();
    await goto(page, DST_PATH);

    const ttd = await durationStat(page, 'ttd');
    expect(ttd.label).toMatch(/^Time to detect\b/);
    expect(ttd.value).toBe('1 h 15 min');
    const ttm = await durationStat(page, 'ttm');
    expect(ttm.label).toMatch(/^Time to mitigate\b/);
    expect(ttm.value).toBe('40 min');

    const events = page.locator('ol.timeline > li');
    expect(await events.count()).toBe(5);
    for (const event of await events.all()) expect(await event.isVisible()).toBe(true);

    const misleading = page.locator('ol.timeline > li[data-kind="misleading"]');
    expect(await misleading.count()).toBe(1);
    expect((await misleading.innerText()).trim()).toContain('Misleading lead');
    expect(await misleading.innerText()).toContain('Responders suspected the SMS provider of retrying.');
    const background = (selector: string) =>
      page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);
    const misleadingBackground = await background('ol.timeline > li[data-kind="misleading"] .event-body');
    for (const kind of ['started', 'detected', 'mitigated', 'resolved']) {
      const normal = await background(`ol.timeline > li[data-kind="${kind}"] .event-body`);
      expect(misleadingBackground, `misleading event background vs ${kind}`).not.toBe(normal);
    }

    const rows = page.locator('table.action-items tbody tr');
    const overdueRow = rows.filter({ hasText: 'Alert on duplicate route assignments' });
    expect(await overdueRow.count()).toBe(1);
    const flag = overdueRow.getByText('Overdue', { exact: true });
    expect(await flag.isVisible()).toBe(true);
    const doneRow = rows.filter({ hasText: 'Run every scheduler in UTC' });
    expect(await doneRow.count()).toBe(1);
    expect(await doneRow.innerText()).not.toContain('Overdue');

    expect(errors).toEqual([]);
  });

  it('follows the related postmortem link to the checkout pool page, which shows its own TTM', async () => {
    const { page, errors } = await openPage();
    await goto(page, DST_PATH);

    const related = page.locator('section[aria-labelledby="related"]');
    expect(await related.isVisible()).toBe(true);
    const link = related.getByRole('link', { name: 'Checkout failed after a connection-pool change' });
    expect(await link.count()).toBe(1);
    await Promise.all([page.waitForURL((url) => url.pathname === `${basic.base}${POOL_PATH}`), link.click()]);
    expect(new URL(page.url()).pathname).toBe(`${basic.base}${POOL_PATH}`);

    expect((await page.locator('h1').innerText()).trim()).toBe('Checkout failed after a connection-pool change');
    const ttm = await durationStat(page, 'ttm');
    expect(ttm.label).toMatch(/^Time to mitigate\b/);
    expect(ttm.value).toBe('2 h 05 min');

    expect(errors).toEqual([]);
  });
});
