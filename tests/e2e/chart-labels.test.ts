/**
 * Every chart's words can be read on a phone and on a desktop: no tick label,
 * axis title or legend entry is cut off by the edge of its chart or drawn over
 * another (the ranked bars once clipped long names at 375 px, under their axis title).
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { canvasTexts, recordCanvasText, textProblems } from './support/canvas-text.ts';
import { useBrowserSession } from './support/session.ts';

const { example } = inject('builds');

const SCREENS = [
  { width: 375, height: 667 },
  { width: 1280, height: 800 },
];
const PAGES = ['insights/', 'services/payments/', 'root-causes/config-change/'];

/** Scrolls through the charts as a reader would (they draw as they come into view), then waits for all of them. */
async function chartsDrawn(page: Page): Promise<void> {
  for (const frame of await page.locator('[data-chart]').all()) {
    if (await frame.isVisible()) await frame.scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(() => {
    const charts = [...document.querySelectorAll<HTMLElement>('[data-chart]')].filter(
      (chart) => chart.getBoundingClientRect().width > 0,
    );
    return charts.length > 0 && charts.every((chart) => chart.dataset.drawn === 'true');
  });
}

describe('chart labels', () => {
  const session = useBrowserSession(example);

  for (const path of PAGES) {
    for (const viewport of SCREENS) {
      it(`are whole and apart on /${path} at ${viewport.width} px`, async () => {
        const context = await session.newContext({ viewport, reducedMotion: 'reduce', colorScheme: 'light' });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await recordCanvasText(page);
        expect((await page.goto(new URL(path, session.url).href))?.status()).toBe(200);
        await chartsDrawn(page);
        const charts = await canvasTexts(page);
        expect(charts.length).toBeGreaterThan(path === 'insights/' ? 15 : 3);
        const problems = Object.fromEntries(
          charts.map((chart) => [chart.panel, textProblems(chart)] as const).filter(([, list]) => list.length > 0),
        );
        for (const chart of charts) expect(chart.texts.length, `text on ${chart.panel}`).toBeGreaterThan(2);
        expect(problems).toEqual({});
        expect(errors).toEqual([]);
      });
    }
  }
});
