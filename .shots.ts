// Temporary: element shots of every insights panel, in light/dark at 1280 and 375 (not committed).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './tests/e2e/support/browser.ts';
import { serveStatic } from './tests/e2e/support/static-server.ts';
const [dist, outDir, ...paths] = process.argv.slice(2);
mkdirSync(outDir!, { recursive: true });
const server = await serveStatic(dist!);
const browser = await launchBrowser();
for (const path of paths) for (const width of [1280, 375]) for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(new URL(path.replace(/^\//, ''), server.url).href);
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 600) { await page.evaluate((y) => window.scrollTo(0, y), y); await page.waitForTimeout(120); }
  await page.waitForTimeout(1500);
  const base = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'index'}-${width}-${scheme}`;
  const panels = page.locator('[data-panel]');
  const n = await panels.count();
  if (n) for (let i = 0; i < n; i++) { const key = await panels.nth(i).getAttribute('data-panel'); await panels.nth(i).screenshot({ path: join(outDir!, `${base}-${key}.png`) }); }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(outDir!, `${base}.png`), fullPage: n === 0 });
  console.log(base, n);
  await page.close();
}
await browser.close();
await server.close();
