/**
 * Lighthouse, run with Debian's Chromium on the public example archive, scores
 * at least 95 for performance, accessibility, best practices and SEO.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/browser.ts';
import { requireChromium } from './support/session.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const { examplePublic } = inject('builds');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const PAGES = [
  ['index', ''],
  ['postmortem', 'postmortems/2025-12-01-checkout-cyber-monday-capacity/'],
  ['search', 'search/?q=certificate'],
  ['insights', 'insights/'],
] as const;

describe('Lighthouse', () => {
  let server: StaticServer;
  let chrome: chromeLauncher.LaunchedChrome;

  beforeAll(async () => {
    expect(examplePublic.exitCode, examplePublic.log).toBe(0);
    requireChromium();
    server = await serveStatic(examplePublic.outDir, examplePublic.base);
    chrome = await chromeLauncher.launch({
      chromePath: CHROMIUM_PATH,
      chromeFlags: [...CHROMIUM_FLAGS],
    });
  });

  afterAll(async () => {
    chrome?.kill();
    await server?.close();
  });

  it.each(PAGES)(
    'the %s page scores at least 95 in every category',
    async (_, path) => {
      const result = await lighthouse(new URL(path, server.url).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      const { categories, audits } = result!.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]));
      // On a miss, the failing audits say why.
      const failing = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative')
        .map((audit) => `${audit.id}: ${audit.displayValue ?? audit.score}`);
      for (const id of CATEGORIES) expect(scores[id], `${id} (${failing.join('; ')})`).toBeGreaterThanOrEqual(95);
    },
    120_000,
  );
});
