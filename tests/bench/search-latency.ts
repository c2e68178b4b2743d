/**
 * Search latency in Chromium: the time from typing a query into /search/
 * (value set, input event fired) to the first result on screen.
 */
import type { Page } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { serveStatic } from '../e2e/support/static-server.ts';

/** Words a responder would type: service names, root-cause words and words from bodies. */
const CANDIDATES = [
  'checkout', 'inventory', 'payments', 'notifications', 'loyalty', 'pricing', 'refunds', 'catalogue',
  'certificate', 'migration', 'daylight', 'idempotency', 'failover', 'memory', 'resolver', 'throttled',
  'autovacuum', 'backfill', 'canary', 'rollback', 'snapshot', 'heap', 'crawler', 'offboarding',
  'webhook', 'zone', 'runbook', 'timeout', 'duplicate', 'voucher',
]; // prettier-ignore

/** The first `count` candidates that occur in the given texts (so each has results). */
export function searchQueries(texts: readonly string[], count = 20): string[] {
  const lower = texts.map((text) => text.toLowerCase());
  return CANDIDATES.filter((word) => lower.some((text) => text.includes(word))).slice(0, count);
}

export interface SearchLatency {
  /** Per query, on a freshly opened search page (pagefind started, nothing searched yet). */
  first: number[];
  /** Per query, typed as the second search on a page that has already searched once. */
  next: number[];
  failures: string[];
}

/** Milliseconds from typing `query` to a new `.search-result` in the list, or NaN after 15 s. */
function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve) => {
        const list = document.querySelector('[data-results]')!;
        const input = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]')!;
        const timer = setTimeout(() => resolve(Number.NaN), 15_000);
        const observer = new MutationObserver((records) => {
          const added = records.some((record) =>
            [...record.addedNodes].some((node) => node instanceof Element && node.matches('.search-result')),
          );
          if (!added) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - started);
        });
        observer.observe(list, { childList: true });
        const started = performance.now();
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
}

export async function measureSearchLatency(dist: string, queries: readonly string[]): Promise<SearchLatency> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const result: SearchLatency = { first: [], next: [], failures: [] };
  try {
    for (const [index, query] of queries.entries()) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(new URL('search/', server.url).href);
      // The filter panel is drawn once pagefind has loaded: the page is ready for a query.
      await page.waitForSelector('[data-filters] fieldset', { timeout: 60_000 });
      const first = await timeQuery(page, query);
      const followUp = queries[(index + 1) % queries.length]!;
      const next = await timeQuery(page, followUp);
      if (Number.isNaN(first)) result.failures.push(query);
      else result.first.push(first);
      if (Number.isNaN(next)) result.failures.push(`${followUp} (second search)`);
      else result.next.push(next);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
