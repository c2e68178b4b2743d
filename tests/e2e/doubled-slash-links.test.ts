/**
 * A pasted link whose path starts with "//" (`https://archive//?severity=SEV2`),
 * which a host that merges slashes serves as the page itself: each filter page
 * still reads its filters and rewrites the query on its own address. Written
 * relative, `//?…` named another host and history.replaceState threw.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSession, type BrowserSession } from './support/session.ts';
import { clientRendered } from './support/settled.ts';

const { basic } = inject('builds');

const LINKS = [
  ['//?detection=monitoring', '//?detected=monitoring'],
  ['//search/?service=Checkout', '//search/?service=checkout'],
  ['//insights/?service=Checkout', '//insights/?service=checkout'],
  ['//action-items/?status=Done', '//action-items/?status=done'],
] as const;

describe('links whose path starts with "//"', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession(basic);
  });
  afterAll(() => session?.close());

  it.each(LINKS)('%s is read and rewritten on the page itself', async (link, rewritten) => {
    const { page, errors } = await session.open('');
    const origin = new URL(session.url).origin;
    // The host merges the leading slashes, as nginx does by default.
    await page.route(`${origin}/**`, async (route) => {
      const url = new URL(route.request().url());
      url.pathname = url.pathname.replace(/^\/{2,}/, '/');
      await route.fulfill({ response: await route.fetch({ url: url.href }) });
    });
    await page.goto(`${origin}${link}`);
    await page.waitForLoadState('networkidle');
    await clientRendered(page);
    expect(errors).toEqual([]);
    expect(page.url()).toBe(`${origin}${rewritten}`);
    await page.context().close();
  });
});
