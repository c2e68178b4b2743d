/**
 * Lighthouse, run with Debian's Chromium on the public example archive:
 * accessibility scores 100, best practices and SEO at least 95, on every page type.
 * Performance depends on how busy the machine is, so it is a benchmark figure,
 * not a gate: it is printed and written to lighthouse-performance.json in the
 * test output folder.
 */
import * as chromeLauncher from 'chrome-launcher';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { OUTPUT_ROOT } from '../support/fixture-build.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './support/browser.ts';
import { requireChromium } from './support/session.ts';
import { serveStatic, type StaticServer } from './support/static-server.ts';

const { examplePublic } = inject('builds');
const GATED = ['accessibility', 'best-practices', 'seo'];
const CATEGORIES = ['performance', ...GATED];
const PERFORMANCE_FILE = join(OUTPUT_ROOT, 'lighthouse-performance.json');
const PAGES = [
  ['index', ''],
  ['postmortem', 'postmortems/2025-12-01-checkout-cyber-monday-capacity/'],
  ['search', 'search/?q=certificate'],
  ['insights', 'insights/'],
] as const;

describe('Lighthouse', () => {
  let server: StaticServer;
  let chrome: chromeLauncher.LaunchedChrome;
  const performanceScores: Record<string, number> = {};

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
    if (Object.keys(performanceScores).length === 0) return;
    mkdirSync(OUTPUT_ROOT, { recursive: true });
    writeFileSync(PERFORMANCE_FILE, `${JSON.stringify(performanceScores, null, 2)}\n`);
    console.info(`Lighthouse performance (benchmark, not a gate), written to ${PERFORMANCE_FILE}:`, performanceScores);
  });

  it.each(PAGES)(
    'the %s page scores 100 for accessibility and at least 95 for best practices and SEO',
    async (name, path) => {
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
      performanceScores[name] = scores.performance!;
      // Accessibility depends on the markup alone, so it must be perfect; the others allow small misses.
      expect(scores.accessibility, `accessibility (${failing.join('; ')})`).toBe(100);
      for (const id of GATED) expect(scores[id], `${id} (${failing.join('; ')})`).toBeGreaterThanOrEqual(95);
    },
    300_000,
  );
});
