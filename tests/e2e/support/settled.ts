/**
 * Conditions that say a page's own scripts have finished what a test is about
 * to look at. Browser tests wait on these, never on a fixed sleep: a sleep is
 * too short on a loaded machine and wasted time on an idle one.
 */
import type { Page } from 'playwright-core';

/**
 * The search page has answered (its status line is written and every result
 * slot is filled), and every chart near the viewport is drawn. Pages with
 * neither pass at once.
 */
export async function clientRendered(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const search = document.querySelector('[data-search-page]');
    if (search) {
      const status = search.querySelector('[data-status]');
      // Until the script writes it, the status holds only the <noscript> text.
      if (!status || status.querySelector('noscript') || !status.textContent?.trim()) return false;
      if (search.querySelector('[data-results] > li:not(.search-result)')) return false;
    }
    // Charts draw as they come within 300 px of the viewport (see src/scripts/charts/draw.ts); hidden ones never do.
    return [...document.querySelectorAll<HTMLElement>('[data-chart]')].every(
      (chart) =>
        chart.dataset.drawn === 'true' ||
        chart.getClientRects().length === 0 ||
        chart.getBoundingClientRect().top > window.innerHeight + 300,
    );
  });
}

/** The /action-items/ filters have shown their result: the status line says what is shown, not that it is loading. */
export async function actionItemsShown(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-filter-status]')?.textContent?.trim() ?? '';
    return text !== '' && !/loading/i.test(text);
  });
}
