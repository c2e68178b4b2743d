/**
 * Screenshots of built pages, for looking at the design and for the README:
 *   node tests/e2e/support/screenshot.ts <dist> <out-dir> <path> [path …]
 * Each path is shot at desktop (1280x800) and phone (375x667) size, in light
 * and dark; SCREENSHOT_FULL_PAGE=0 keeps to the first screen.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './static-server.ts';

const [dist = 'dist', outDir = 'screenshots', ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(dist);
const browser = await launchBrowser();
const variants = [
  { name: '1280-light', width: 1280, height: 800, scheme: 'light' as const },
  { name: '1280-dark', width: 1280, height: 800, scheme: 'dark' as const },
  { name: '375-light', width: 375, height: 667, scheme: 'light' as const },
  { name: '375-dark', width: 375, height: 667, scheme: 'dark' as const },
];
for (const path of paths.length ? paths : ['']) {
  for (const variant of variants) {
    const page = await browser.newPage({
      viewport: { width: variant.width, height: variant.height },
      colorScheme: variant.scheme,
    });
    await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
    await page.waitForLoadState('networkidle');
    // A search page shows its results once the index has answered.
    if (await page.locator('[data-status]').count()) {
      await page.waitForFunction(
        () => !/Searching|Loading/i.test(document.querySelector('[data-status]')?.textContent ?? ''),
      );
    }
    // A full-page shot does not scroll, so lazy images would stay blank.
    await page.evaluate(() =>
      Promise.all(
        [...document.images].map((image) => {
          image.loading = 'eager';
          return image.decode().catch(() => undefined);
        }),
      ),
    );
    const file = join(
      outDir,
      `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index'}-${variant.name}.png`,
    );
    await page.screenshot({ path: file, fullPage: process.env.SCREENSHOT_FULL_PAGE !== '0' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await server.close();
