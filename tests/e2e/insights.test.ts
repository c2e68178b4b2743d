/**
 * /insights/ in Chromium: every chart draws, the filters recompute the same
 * numbers the insights modules give and survive a reload, charts follow the
 * colour scheme, and the page works without JavaScript, in print and on a phone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { unpackInsightsData, type InsightsDataFile } from '../../src/lib/insights/data-file.ts';
import { applyInsightsFilter, type InsightsFilter } from '../../src/lib/insights/filters.ts';
import { insightsView } from '../../src/lib/insights/view.ts';
import { PANEL_KEYS, type InsightsView, type TableModel } from '../../src/lib/insights/view-types.ts';
import { useBrowserSession } from './support/session.ts';

const { example, basicBase } = inject('builds');

/** What the page should show for a filter, computed in Node from the built data file. */
function expectedView(outDir: string, base: string, filter: InsightsFilter): InsightsView {
  const file = JSON.parse(readFileSync(join(outDir, 'insights-data.json'), 'utf8')) as InsightsDataFile;
  const archive = unpackInsightsData(file, base);
  const incidents = applyInsightsFilter(archive, filter, file.today);
  // Repeats are found across the whole archive, then kept for the incidents the filter keeps.
  return insightsView(incidents, { today: file.today, names: file.names, windowDays: file.windowDays, archive });
}

const cellTexts = (model: TableModel) =>
  model.rows.length ? model.rows.map((row) => row.map((cell) => cell.text)) : [[model.empty]];

/** The text of every body cell of every insights table, by table name. */
function tablesOnPage(page: Page): Promise<Record<string, string[][]>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('table[data-table]')].map((table) => [
        table.getAttribute('data-table')!,
        [...table.querySelectorAll('tbody tr')].map((row) =>
          [...row.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim()),
        ),
      ]),
    ),
  );
}

/** Share of a canvas's pixels that are drawn on (not transparent). */
function inkOf(page: Page, selector: string): Promise<number[]> {
  return page.locator(selector).evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) => {
      const { width, height } = canvas;
      if (!width || !height) return 0;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
      let drawn = 0;
      for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 0) drawn += 1;
      return drawn / (width * height);
    }),
  );
}

/** Scrolls through the charts as a reader would (they draw as they come into view), then waits for all of them. */
async function chartsDrawn(page: Page): Promise<void> {
  for (const frame of await page.locator('[data-chart]').all()) await frame.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll<HTMLElement>('[data-chart]')];
    return charts.length > 0 && charts.every((chart) => chart.dataset.drawn === 'true');
  });
}

describe('/insights/ in the browser', () => {
  const session = useBrowserSession(example);

  /** A fresh page that records console errors, uncaught exceptions and failed requests. */
  async function openPage(options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
    const context = await session.newContext({
      viewport: { width: 1280, height: 900 },
      reducedMotion: 'reduce',
      ...options,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`request failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    return { page, errors };
  }

  const insightsUrl = (query = '') => new URL(`insights/${query}`, session.url).href;

  it('draws every chart, each with a text alternative and its table', async () => {
    const { page, errors } = await openPage();
    expect((await page.goto(insightsUrl()))?.status()).toBe(200);
    await chartsDrawn(page);
    const canvases = page.locator('[data-chart] canvas');
    const count = await canvases.count();
    expect(count).toBe(PANEL_KEYS.filter((key) => expectedView(example.outDir, '/', {}).panels[key].chart).length);
    for (const canvas of await canvases.all()) {
      expect(await canvas.getAttribute('role')).toBe('img');
      expect((await canvas.getAttribute('aria-label'))?.length).toBeGreaterThan(20);
      const box = await canvas.boundingBox();
      expect(box?.width).toBeGreaterThan(200);
      expect(box?.height).toBeGreaterThan(150);
    }
    const ink = await inkOf(page, '[data-chart] canvas');
    for (const [index, share] of ink.entries()) expect(share, `ink on chart ${index + 1}`).toBeGreaterThan(0.01);
    // The tables hold what the insights modules give for the whole archive.
    const expected = expectedView(example.outDir, '/', {});
    const tables = await tablesOnPage(page);
    for (const key of PANEL_KEYS) expect(tables[key], key).toEqual(cellTexts(expected.panels[key].table));
    expect(await page.locator('form[data-insights-filters]').isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('filters by service, keeps it in the URL, survives a reload and clears again', async () => {
    const { page, errors } = await openPage();
    await page.goto(insightsUrl());
    await chartsDrawn(page);
    const unfiltered = await tablesOnPage(page);
    const chartBefore = await page.locator('[data-panel="severity"] [data-chart]').getAttribute('data-chart');

    await page.selectOption('select[name="service"]', 'payments');
    await page.waitForFunction(() =>
      /Showing \d+ of 25 incidents/.test(document.querySelector('[data-filter-status]')!.textContent!),
    );
    expect(new URL(page.url()).search).toBe('?service=payments');
    const expected = expectedView(example.outDir, '/', { service: 'payments' });
    expect(expected.incidentCount).toBe(6);
    expect(await page.locator('[data-filter-status]').innerText()).toBe(
      'Showing 6 of 25 incidents (Service: Payments).',
    );
    const check = async () => {
      const tables = await tablesOnPage(page);
      expect(tables.comparison).toEqual(cellTexts(expected.comparison));
      for (const key of PANEL_KEYS) expect(tables[key], key).toEqual(cellTexts(expected.panels[key].table));
      expect(await page.locator('[data-stat="incidents"] [data-part="value"]').innerText()).toBe('6');
      // Six incidents: a median but no p90, and each 12-month period holds fewer than five.
      expect(await page.locator('[data-stat="ttd"] [data-part="detail"]').innerText()).toBe(
        'n = 6 · p90: too few incidents',
      );
      expect(tables.comparison!.flat()).toContain('too few incidents');
      expect(await page.locator('[data-panel="severity"] [data-chart]').getAttribute('data-chart')).not.toBe(
        chartBefore,
      );
      expect(await page.locator('[data-panel="severity"] canvas').getAttribute('aria-label')).toBe(
        expected.panels.severity.summary,
      );
      for (const [index, share] of (await inkOf(page, '[data-chart] canvas')).entries()) {
        expect(share, `ink on chart ${index + 1}`).toBeGreaterThan(0.01);
      }
    };
    await check();

    await page.reload();
    await page.waitForFunction(() =>
      /Showing 6 of 25/.test(document.querySelector('[data-filter-status]')!.textContent!),
    );
    await chartsDrawn(page);
    expect(await page.locator('select[name="service"]').inputValue()).toBe('payments');
    await check();

    await page.getByRole('button', { name: 'Show everything' }).click();
    await page.waitForFunction(() =>
      /Showing all 25/.test(document.querySelector('[data-filter-status]')!.textContent!),
    );
    expect(new URL(page.url()).search).toBe('');
    expect(await tablesOnPage(page)).toEqual(unfiltered);
    expect(errors).toEqual([]);
  });

  it('combines team, severity and period, and goes back through the choices', async () => {
    const { page, errors } = await openPage();
    await page.goto(insightsUrl());
    await page.selectOption('select[name="team"]', 'platform');
    await page.waitForURL(/\?team=platform$/);
    await page.selectOption('select[name="severity"]', 'SEV2');
    await page.selectOption('select[name="period"]', '2025');
    await page.waitForURL(/\?severity=SEV2&team=platform&period=2025$/);
    const filter = { team: 'platform', severity: 'SEV2', period: '2025' };
    const expected = expectedView(example.outDir, '/', filter);
    await page.waitForFunction(
      (count) => document.querySelector('[data-filter-status]')!.textContent!.startsWith(`Showing ${count} of 25`),
      expected.incidentCount,
    );
    expect((await tablesOnPage(page)).rootCauses).toEqual(cellTexts(expected.panels.rootCauses.table));

    await page.goBack();
    await page.waitForURL(/\?severity=SEV2&team=platform$/);
    await expect.poll(() => page.locator('select[name="period"]').inputValue()).toBe('');
    const previous = expectedView(example.outDir, '/', { team: 'platform', severity: 'SEV2' });
    await page.waitForFunction(
      (count) => document.querySelector('[data-filter-status]')!.textContent!.startsWith(`Showing ${count} of 25`),
      previous.incidentCount,
    );
    expect((await tablesOnPage(page)).severity).toEqual(cellTexts(previous.panels.severity.table));
    expect(errors).toEqual([]);
  });

  it('drops values a link carries that the archive does not have', async () => {
    const { page, errors } = await openPage();
    await page.goto(insightsUrl('?service=no-such-service&team=identity'));
    await page.waitForURL(/\/insights\/\?team=identity$/);
    expect(await page.locator('select[name="service"]').inputValue()).toBe('');
    expect(await page.locator('select[name="team"]').inputValue()).toBe('identity');
    expect(errors).toEqual([]);
  });

  it('reads a link from the index or search page: display names and `year` become the ids it keeps', async () => {
    const { page, errors } = await openPage();
    await page.goto(insightsUrl('?service=Payments&year=2025'));
    await page.waitForURL(/\/insights\/\?service=payments&period=2025$/);
    expect(await page.locator('select[name="service"]').inputValue()).toBe('payments');
    expect(await page.locator('select[name="period"]').inputValue()).toBe('2025');
    expect(errors).toEqual([]);
  });

  it('shows a tooltip on hover and resizes with the window', async () => {
    const { page, errors } = await openPage();
    await page.goto(insightsUrl());
    await chartsDrawn(page);
    const canvas = page.locator('[data-panel="severity"] canvas');
    await canvas.scrollIntoViewIfNeeded();
    const before = await canvas.evaluate((element: HTMLCanvasElement) => element.toDataURL());
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.45);
    await page.waitForFunction(
      (dataUrl) =>
        (document.querySelector('[data-panel="severity"] canvas') as HTMLCanvasElement).toDataURL() !== dataUrl,
      before,
    );

    // At 700 px the panels stack in one column: the chart follows its frame's new width.
    await page.setViewportSize({ width: 700, height: 900 });
    await page.waitForFunction((before) => {
      const frame = document.querySelector('[data-panel="severity"] [data-chart]')!;
      const width = frame.querySelector('canvas')!.getBoundingClientRect().width;
      return Math.abs(width - before) > 20 && Math.abs(width - frame.getBoundingClientRect().width) < 2;
    }, box.width);
    expect(errors).toEqual([]);
  });

  it('redraws the charts in the colours of the theme', async () => {
    const { page, errors } = await openPage({ colorScheme: 'light' });
    await page.goto(insightsUrl());
    await chartsDrawn(page);
    const picture = () =>
      page.locator('[data-panel="detection"] canvas').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
    // The colour the palette resolves to in the current theme, read as the charts read it.
    const fill = () =>
      page.locator('[data-insights-panels]').evaluate((element) => {
        const probe = element.appendChild(document.createElement('span'));
        probe.style.color = 'var(--tone-plain-count)';
        const colour = getComputedStyle(probe).color;
        probe.remove();
        return colour;
      });
    const light = await picture();
    expect(await fill()).toBe('rgb(71, 87, 104)'); // #475768

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction((previous) => {
      const canvas = document.querySelector('[data-panel="detection"] canvas') as HTMLCanvasElement;
      return canvas.toDataURL() !== previous;
    }, light);
    expect(await fill()).toBe('rgb(155, 173, 193)'); // #9badc1
    const dark = await picture();

    // A theme toggle that picks light on a dark system sets data-theme on <html>.
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
    await page.waitForFunction((previous) => {
      const canvas = document.querySelector('[data-panel="detection"] canvas') as HTMLCanvasElement;
      return canvas.toDataURL() !== previous;
    }, dark);
    expect(await fill()).toBe('rgb(71, 87, 104)'); // #475768
    expect(await picture()).toBe(light);
    expect(errors).toEqual([]);
  });

  it('shows every table without JavaScript, and no filters that could not work', async () => {
    const { page, errors } = await openPage({ javaScriptEnabled: false });
    await page.goto(insightsUrl());
    // Without JavaScript the filters are there (so nothing shifts when it runs) but cannot be used.
    expect(await page.locator('form[data-insights-filters] select').first().isDisabled()).toBe(true);
    for (const key of PANEL_KEYS) {
      expect(await page.locator(`table[data-table="${key}"]`).isVisible(), `table ${key}`).toBe(true);
    }
    expect(await page.locator('[data-chart]').first().isVisible()).toBe(false);
    expect(await page.locator('[data-stat="incidents"] [data-part="value"]').innerText()).toBe('25');
    expect(errors).toEqual([]);
  });

  it('prints the charts and the tables behind them', async () => {
    const { page, errors } = await openPage();
    await page.goto(insightsUrl());
    await chartsDrawn(page);
    await page.emulateMedia({ media: 'print' });
    for (const key of PANEL_KEYS) {
      expect(await page.locator(`table[data-table="${key}"]`).isVisible(), `table ${key}`).toBe(true);
    }
    for (const canvas of await page.locator('[data-chart] canvas').all()) {
      expect(await canvas.isVisible()).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it('fits a 360 px phone screen', async () => {
    const { page, errors } = await openPage({ viewport: { width: 360, height: 800 } });
    await page.goto(insightsUrl());
    await chartsDrawn(page);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('body *')]
        .filter((element) => {
          if (element.getBoundingClientRect().right <= width + 0.5) return false;
          for (let parent = element.parentElement; parent; parent = parent.parentElement) {
            if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(parent).overflowX)) return false;
          }
          return true;
        })
        .map((element) => `<${element.tagName.toLowerCase()} class="${element.className}">`)
        .slice(0, 3);
    });
    expect(overflow).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
  });
});

describe('/insights/ below a base path', () => {
  const session = useBrowserSession(basicBase);

  it('fetches its data below the base when filtering', async () => {
    const context = await session.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    await page.goto(new URL('insights/?severity=SEV2', session.url).href);
    await page.waitForFunction(() =>
      /Showing 1 of 2 incidents/.test(document.querySelector('[data-filter-status]')!.textContent!),
    );
    const expected = expectedView(basicBase.outDir, basicBase.base, { severity: 'SEV2' });
    expect((await tablesOnPage(page)).severity).toEqual(cellTexts(expected.panels.severity.table));
    expect(errors).toEqual([]);
    await context.close();
  });
});
