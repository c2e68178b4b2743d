/** Where an element sits relative to the first screen, once fonts have loaded and layout has settled. */
import type { Locator, Page } from 'playwright-core';

export interface Placement {
  top: number;
  bottom: number;
  left: number;
  right: number;
  viewportWidth: number;
  viewportHeight: number;
}

/** Waits for the page's fonts (a late web font reflows the page), then measures without scrolling. */
export async function settledLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => document.readyState === 'complete');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** The element's box in viewport coordinates, at the page's initial scroll position. */
export async function placement(locator: Locator): Promise<Placement> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.bottom,
      left: box.left,
      right: box.right,
      viewportWidth: document.documentElement.clientWidth,
      viewportHeight: window.innerHeight,
    };
  });
}

/** Whether the whole box lies inside the first screen. */
export function insideFirstScreen(box: Placement): boolean {
  return box.top >= 0 && box.left >= 0 && box.bottom <= box.viewportHeight && box.right <= box.viewportWidth;
}
