/**
 * Screenshots of built pages, for looking at the design and for the README:
 *   node tests/e2e/support/screenshot.ts <dist> <out-dir> <path> [path …]
 * Each path is shot at desktop width in light and dark, and at phone width;
 * SCREENSHOT_FULL_PAGE=0 keeps to the first screen.
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
  { name: 'light', width: 1280, scheme: 'light' as const },
  { name: 'dark', width: 1280, scheme: 'dark' as const },
  { name: 'phone', width: 375, scheme: 'light' as const },
];
for (const path of paths.length ? paths : ['']) {
  for (const variant of variants) {
    const page = await browser.newPage({
      viewport: { width: variant.width, height: 900 },
      colorScheme: variant.scheme,
    });
    await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
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
