/**
 * The front page of the example archive in Chromium: the 90-day comparison
 * and the overdue count are read without scrolling on a desktop and on a
 * phone, in both colour schemes, and the list below keeps its impact column
 * when the browser re-renders it.
 */
import { describe, expect, inject, it } from 'vitest';
import { formatDuration, MINUTE } from '../../src/lib/time/duration.ts';
import { insideFirstScreen, placement, settledLayout } from './support/first-screen.ts';
import { useBrowserSession } from './support/session.ts';

const { example } = inject('builds');

const SCREENS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
] as const;

describe('the front page in the browser', () => {
  const session = useBrowserSession(example);

  async function open(width: number, height: number, colorScheme: 'light' | 'dark') {
    const context = await session.newContext({ viewport: { width, height }, colorScheme });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(session.url);
    await settledLayout(page);
    return { page, errors };
  }

  for (const screen of SCREENS) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`shows the 90-day comparison and the overdue count in the first screen (${screen.name} ${screen.width}x${screen.height}, ${scheme})`, async () => {
        const { page, errors } = await open(screen.width, screen.height, scheme);
        const comparison = await placement(page.locator('[data-front-comparison]'));
        expect(insideFirstScreen(comparison), JSON.stringify(comparison)).toBe(true);
        const overdue = await placement(page.locator('[data-front-overdue] [data-part="count"]'));
        expect(insideFirstScreen(overdue), JSON.stringify(overdue)).toBe(true);
        // The severity table fits its tile: no column is cut off on a phone.
        const clipped = await page
          .locator('[data-table="front-severity"]')
          .evaluate((table) => table.scrollWidth > (table.parentElement?.clientWidth ?? 0));
        expect(clipped).toBe(false);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.width);
        expect(errors).toEqual([]);
      });
    }
  }

  it('starts the postmortem list within the first screen on a desktop', async () => {
    const { page } = await open(1280, 800, 'light');
    const heading = await placement(page.locator('.index-title'));
    expect(heading.top).toBeLessThan(heading.viewportHeight);
  });

  it('sorts by impact, longest first, and the rows the browser draws keep the impact column', async () => {
    const { page, errors } = await open(1280, 800, 'light');
    const response = await page.request.get(new URL('archive-index.json', session.url).href);
    const { rows } = (await response.json()) as { rows: { id: string; impactMinutes: number; startedAt: number }[] };
    const expected = [...rows].sort(
      (a, b) => b.impactMinutes - a.impactMinutes || b.startedAt - a.startedAt || a.id.localeCompare(b.id),
    );
    await page.locator('select[name="sort"]').selectOption('impact');
    await expect.poll(() => new URL(page.url()).search).toBe('?sort=impact');
    await expect.poll(() => page.locator('tr[data-id]').first().getAttribute('data-id')).toBe(expected[0]!.id);
    const shown = await page.locator('tr[data-id]').evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-id'),
        impact: tr.querySelector('[data-duration="impact"]')?.textContent,
      })),
    );
    expect(shown).toEqual(expected.map((row) => ({ id: row.id, impact: formatDuration(row.impactMinutes * MINUTE) })));
    expect(errors).toEqual([]);
  });
});
