/** One browser and one static server per test file, and pages that record errors. */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { FixtureBuild } from '../../support/fixture-build.ts';
import { chromiumAvailable, launchBrowser } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface BrowserSession {
  url: string;
  browser: Browser;
  /** A new page in a fresh context; `errors` collects console errors and uncaught exceptions. */
  open(
    path?: string,
    options?: { colorScheme?: 'light' | 'dark'; width?: number },
  ): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startSession(build: FixtureBuild): Promise<BrowserSession> {
  expect(build.exitCode, build.log).toBe(0);
  requireChromium();
  const server: StaticServer = await serveStatic(build.outDir, build.base);
  const browser = await launchBrowser();
  return {
    url: server.url,
    browser,
    async open(path = '', options = {}) {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: 900 },
        colorScheme: options.colorScheme ?? 'light',
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL(path, server.url).href);
      return { page, errors };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Browser tests always run: without Chromium they fail, saying how to install it. */
export function requireChromium(): void {
  expect(
    chromiumAvailable(),
    'Chromium is needed for the browser tests: apt-get install -y chromium, or set CHROMIUM_PATH',
  ).toBe(true);
}

export interface SharedSession {
  /** The served site's base URL. */
  readonly url: string;
  /** A browser context that is closed after the current test. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/**
 * Registers the hooks every browser test file needs: serve the build and launch
 * Chromium once, close each test's contexts after it, shut both down at the end.
 */
export function useBrowserSession(build: FixtureBuild): SharedSession {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    expect(build.exitCode, build.log).toBe(0);
    requireChromium();
    server = await serveStatic(build.outDir, build.base);
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return server!.url;
    },
    async newContext(options = {}) {
      const context = await browser!.newContext(options);
      contexts.push(context);
      return context;
    },
  };
}
