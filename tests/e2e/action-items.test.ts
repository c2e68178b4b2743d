/**
 * /action-items/ in Chromium: the items are listed 50 to a page with links
 * between the pages (with or without JavaScript), the filters (status, owner,
 * type, overdue) search the whole list, recount the summary, sit in the URL
 * and survive a reload, and each row links back to its postmortem.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  matchesActionItemFilter,
  type ActionItemFilter,
  type FilterableActionItem,
} from '../../src/lib/insights/action-item-filter.ts';
import type { ActionItemList } from '../../src/lib/insights/action-item-list.ts';
import { launchBrowser } from './support/browser.ts';
import { requireChromium } from './support/session.ts';
import { actionItemsShown } from './support/settled.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const { example, basic } = inject('builds');

interface Row extends FilterableActionItem {
  visible: boolean;
  title: string;
}

function rowsOnPage(page: Page): Promise<Row[]> {
  return page.locator('tbody tr[data-status]').evaluateAll((rows) =>
    (rows as HTMLTableRowElement[]).map((row) => ({
      status: row.dataset.status!,
      owner: row.dataset.owner!,
      type: row.dataset.type!,
      overdue: row.dataset.overdue === 'true',
      visible: row.getClientRects().length > 0,
      title: (row.querySelector('td.title')?.textContent ?? '').trim(),
    })),
  );
}

async function summary(page: Page, key: string): Promise<number> {
  return Number(await page.locator(`[data-summary="${key}"] [data-count]`).innerText());
}

/** The whole list, as the page's script loads it. */
function wholeList(page: Page): Promise<ActionItemList> {
  return page.evaluate(async () => {
    const source = document.querySelector<HTMLElement>('[data-action-items-index]')!.dataset.source!;
    return (await fetch(source)).json();
  });
}

/** Waits until the filtered list is shown: the message says how many of all items match. */
async function filtered(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    /^Showing \d+ of \d+ action items\.$/.test(document.querySelector('[data-filter-status]')?.textContent ?? ''),
  );
}

/** Clicks "Show more" until every matching item is on the page. */
async function showEverything(page: Page): Promise<void> {
  const more = page.locator('[data-more]');
  for (let rows = await page.locator('tbody tr[data-status]').count(); await more.isVisible();) {
    await more.click();
    await page.waitForFunction((before) => document.querySelectorAll('tbody tr[data-status]').length > before, rows);
    rows = await page.locator('tbody tr[data-status]').count();
  }
}

describe('/action-items/ in the browser', () => {
  let browser: Browser;
  const servers: Record<string, StaticServer> = {};
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    expect(example.exitCode, example.log).toBe(0);
    expect(basic.exitCode, basic.log).toBe(0);
    requireChromium();
    servers.example = await serveStatic(example.outDir, example.base);
    servers.basic = await serveStatic(basic.outDir, basic.base);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    for (const server of Object.values(servers)) await server.close();
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  async function openPage(
    site: 'example' | 'basic',
    query = '',
    options: BrowserContextOptions = {},
  ): Promise<{ page: Page; errors: string[] }> {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    expect((await page.goto(new URL(`action-items/${query}`, servers[site]!.url).href))?.status()).toBe(200);
    if (options.javaScriptEnabled !== false) await actionItemsShown(page);
    return { page, errors };
  }

  /** The visible rows are exactly those the filter matches. */
  async function expectRowsFor(page: Page, filter: ActionItemFilter): Promise<Row[]> {
    const rows = await rowsOnPage(page);
    for (const row of rows)
      expect(row.visible, `${row.title} with ${JSON.stringify(filter)}`).toBe(matchesActionItemFilter(row, filter));
    return rows.filter((row) => row.visible);
  }

  it('lists the first 50 items, links to the next pages, and each row links back to its postmortem', async () => {
    const { page, errors } = await openPage('example');
    expect(await expectRowsFor(page, {})).toHaveLength(50);
    expect(await page.locator('[data-filter-status]').innerText()).toBe('Showing 1–50 of 127 action items.');
    expect(await summary(page, 'total')).toBe(127);

    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/\/action-items\/page\/2\/$/);
    expect(await expectRowsFor(page, {})).toHaveLength(50);
    expect(await page.locator('[data-filter-status]').innerText()).toBe('Showing 51–100 of 127 action items.');
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/\/action-items\/page\/3\/$/);
    expect(await expectRowsFor(page, {})).toHaveLength(27);
    expect(await page.getByRole('link', { name: 'Next →' }).count()).toBe(0);

    const link = page.locator('tbody tr[data-status] td.source a').first();
    const title = (await link.innerText()).trim();
    await link.click();
    await page.waitForURL(/\/postmortems\/[a-z0-9-]+\/$/);
    expect((await page.locator('h1').innerText()).trim()).toBe(title);
    expect(errors).toEqual([]);
  });

  it('filters the whole list by status, owner and type, recounts, and keeps the filter through a reload', async () => {
    const { page, errors } = await openPage('example');
    const list = await wholeList(page);
    const expected = (filter: ActionItemFilter) => list.rows.filter((item) => matchesActionItemFilter(item, filter));
    expect(list.rows).toHaveLength(127);

    await page.selectOption('select[name="status"]', 'done');
    await page.waitForURL(/\?status=done$/);
    const done = expected({ status: 'done' });
    expect(done.length).toBeGreaterThan(50);
    await filtered(page);
    // The first 50 matches, then the rest on request.
    expect(await expectRowsFor(page, { status: 'done' })).toHaveLength(50);
    expect(await summary(page, 'total')).toBe(done.length);
    expect(await summary(page, 'done')).toBe(done.length);
    expect(await summary(page, 'open')).toBe(0);
    expect(await page.locator('[data-pagination]').isVisible()).toBe(false);
    await showEverything(page);
    expect(await expectRowsFor(page, { status: 'done' })).toHaveLength(done.length);

    await page.selectOption('select[name="owner"]', 'platform');
    await page.selectOption('select[name="type"]', 'prevent');
    await page.waitForURL(/\?status=done&owner=platform&type=prevent$/);
    const filter = { status: 'done', owner: 'platform', type: 'prevent' };
    const narrowed = expected(filter);
    expect(narrowed.length).toBeGreaterThan(0);
    await page.waitForFunction(
      (count) =>
        document.querySelector('[data-filter-status]')?.textContent === `Showing ${count} of 127 action items.`,
      narrowed.length,
    );
    expect(await expectRowsFor(page, filter)).toHaveLength(narrowed.length);

    await page.reload();
    expect(await page.locator('select[name="owner"]').inputValue()).toBe('platform');
    expect(await page.locator('select[name="type"]').inputValue()).toBe('prevent');
    await filtered(page);
    expect(await expectRowsFor(page, filter)).toHaveLength(narrowed.length);

    await page.getByRole('button', { name: 'Show all' }).click();
    await page.waitForURL(/\/action-items\/$/);
    expect(await expectRowsFor(page, {})).toHaveLength(50);
    expect(await page.locator('[data-pagination]').isVisible()).toBe(true);
    expect(await summary(page, 'total')).toBe(127);
    expect(errors).toEqual([]);
  });

  it('filters from a later page, and "Show all" brings that page back', async () => {
    const { page, errors } = await openPage('example', 'page/2/');
    const titles = (await rowsOnPage(page)).map((row) => row.title);
    await page.selectOption('select[name="status"]', 'open');
    await page.waitForURL(/\/action-items\/page\/2\/\?status=open$/);
    await filtered(page);
    const open = await expectRowsFor(page, { status: 'open' });
    expect(open.length).toBe(await summary(page, 'open'));
    expect(open.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Show all' }).click();
    await page.waitForURL(/\/action-items\/page\/2\/$/);
    expect((await rowsOnPage(page)).map((row) => row.title)).toEqual(titles);
    expect(errors).toEqual([]);
  });

  it('says so when nothing matches', async () => {
    // Finished items are never overdue.
    const { page, errors } = await openPage('example', '?status=done&overdue=1');
    await page.locator('[data-no-match]').waitFor();
    expect(await expectRowsFor(page, { status: 'done', overdue: true })).toEqual([]);
    expect(await page.locator('[data-filter-status]').innerText()).toBe('Showing 0 of 127 action items.');
    expect(errors).toEqual([]);
  });

  it('shows only overdue items, as of the build date, and links stay in the URL', async () => {
    const { page, errors } = await openPage('basic');
    expect(await expectRowsFor(page, {})).toHaveLength(3);
    await page.getByLabel('Only overdue').check();
    await page.waitForURL(/\?overdue=1$/);
    await actionItemsShown(page);
    const overdue = await expectRowsFor(page, { overdue: true });
    expect(overdue.map((row) => row.title)).toEqual(['Alert on duplicate route assignments']);
    expect(await summary(page, 'overdue')).toBe(1);
    expect(await page.locator('tr[data-overdue="true"] .overdue-flag').isVisible()).toBe(true);

    await page.reload();
    await actionItemsShown(page);
    expect(await page.getByLabel('Only overdue').isChecked()).toBe(true);
    expect(await expectRowsFor(page, { overdue: true })).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('ignores an owner the archive does not have', async () => {
    const { page, errors } = await openPage('example', '?owner=nobody&status=open');
    await page.waitForURL(/\?status=open$/);
    await actionItemsShown(page);
    expect(await page.locator('select[name="owner"]').inputValue()).toBe('');
    await expectRowsFor(page, { status: 'open' });
    expect(errors).toEqual([]);
  });

  it('pages through every item without JavaScript, and shows no filters that could not work', async () => {
    const { page, errors } = await openPage('example', '?status=open', { javaScriptEnabled: false });
    // Without JavaScript the filters are there (so nothing shifts when it runs) but cannot be used.
    expect(await page.locator('form[data-action-item-filters] select').first().isDisabled()).toBe(true);
    const seen = (await rowsOnPage(page)).filter((row) => row.visible);
    expect(seen).toHaveLength(50);
    for (const next of [2, 3]) {
      await page.getByRole('link', { name: 'Next →' }).click();
      await page.waitForURL(new RegExp(`/action-items/page/${next}/$`));
      seen.push(...(await rowsOnPage(page)).filter((row) => row.visible));
    }
    expect(seen).toHaveLength(127);
    expect(await page.getByRole('link', { name: 'Next →' }).count()).toBe(0);
    await page.getByRole('link', { name: '← Previous' }).click();
    await page.waitForURL(/\/action-items\/page\/2\/$/);
    expect(errors).toEqual([]);
  });

  it('fits a 360 px phone screen', async () => {
    const { page, errors } = await openPage('example', '', { viewport: { width: 360, height: 800 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  });
});
