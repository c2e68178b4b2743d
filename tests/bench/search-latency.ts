/**
 * Search latency in Chromium: the time from typing a query into /search/
 * (value set, input event fired) to the first result on screen; and the same
 * when the query is submitted with Enter, which skips the page's wait for
 * typing to pause.
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
  /** Per query, on a fresh page, submitted with Enter instead of typed. */
  submitted: number[];
  failures: string[];
}

/** Milliseconds from typing (or submitting) `query` to a new `.search-result` in the list, or NaN after 15 s. */
function timeQuery(page: Page, query: string, how: 'type' | 'enter'): Promise<number> {
  return page.evaluate(
    ([text, how]) =>
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
        if (how === 'enter') input.form!.requestSubmit();
        else input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    [query, how] as const,
  );
}

export async function measureSearchLatency(dist: string, queries: readonly string[]): Promise<SearchLatency> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const result: SearchLatency = { first: [], next: [], submitted: [], failures: [] };
  const record = (into: number[], ms: number, label: string) =>
    Number.isNaN(ms) ? result.failures.push(label) : into.push(ms);
  /** A fresh page (new browser context: empty cache) with pagefind loaded, ready for a query. */
  const freshPage = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('search/', server.url).href);
    // The filter panel is drawn once pagefind has loaded.
    await page.waitForSelector('[data-filters] fieldset', { timeout: 60_000 });
    return page;
  };
  try {
    for (const [index, query] of queries.entries()) {
      const page = await freshPage();
      record(result.first, await timeQuery(page, query, 'type'), query);
      // Let the rest of the first results arrive, so what appears next belongs to the second search.
      await page.waitForFunction(() =>
        [...document.querySelector('[data-results]')!.children].every((item) => item.matches('.search-result')),
      );
      await page.waitForTimeout(200);
      const followUp = queries[(index + 1) % queries.length]!;
      record(result.next, await timeQuery(page, followUp, 'type'), `${followUp} (second search)`);
      await page.context().close();
      const submitPage = await freshPage();
      record(result.submitted, await timeQuery(submitPage, query, 'enter'), `${query} (Enter)`);
      await submitPage.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}
