/**
 * The first screen of a SEV1 postmortem of the example archive (content/) in a
 * real browser, on a laptop and on a phone: the executive summary is in view
 * before any scrolling, action items fit a phone, and UTC is one tap away.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './support/session.ts';

const { example } = inject('builds');

/** Every SEV1 of the example archive: their titles are the longest, so the tightest first screens. */
const SEV1_IDS = readdirSync(join('content', 'postmortems'))
  .filter((file) => file.endsWith('.mdx'))
  .filter((file) => /^severity: SEV1$/m.test(readFileSync(join('content', 'postmortems', file), 'utf8')))
  .map((file) => file.replace(/\.mdx$/, ''));

const SCREENS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 667 },
] as const;

/** What an executive reads first, each by what a reader sees. */
const SUMMARY_FACTS = {
  severity: '.postmortem-header [class*="badge-sev"]',
  title: '.postmortem-header h1',
  'start time': '.postmortem-header [data-fact="started"]',
  'users affected': '[data-impact="users"]',
  'root-cause category': '[data-fact="root-cause"] a.cause',
  'duration bar': '.duration-bar .track',
  'action-item state': '[data-fact="action-items"]',
};

describe('incident page first screen (content/)', () => {
  const session = useBrowserSession(example);

  async function open(path: string, screen: { width: number; height: number }, touch = false): Promise<Page> {
    const context = await session.newContext({
      viewport: { width: screen.width, height: screen.height },
      hasTouch: touch,
      isMobile: touch,
    });
    const page = await context.newPage();
    const response = await page.goto(new URL(path, session.url).href);
    expect(response?.status(), `status of /${path}`).toBe(200);
    return page;
  }

  it('has SEV1 incidents to look at', () => {
    expect(SEV1_IDS.length).toBeGreaterThan(0);
  });

  for (const screen of SCREENS) {
    it.each(SEV1_IDS)(`shows the summary facts inside the first ${screen.name} screen: %s`, async (id) => {
      const page = await open(`postmortems/${id}/`, screen);
      for (const [fact, selector] of Object.entries(SUMMARY_FACTS)) {
        const element = page.locator(selector).first();
        expect(await element.isVisible(), `${fact} is visible`).toBe(true);
        const box = (await element.boundingBox())!;
        expect(box.y, `${fact} starts in view`).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, `${fact} ends within the first ${screen.height} px`).toBeLessThanOrEqual(
          screen.height,
        );
        expect(box.x + box.width, `${fact} fits the width`).toBeLessThanOrEqual(screen.width);
      }
      expect(await page.locator(SUMMARY_FACTS.severity).first().innerText()).toContain('SEV1');
      expect(await page.locator(SUMMARY_FACTS['start time']).innerText()).toMatch(/\d\d:\d\d \S+ · .*\d\d:\d\d UTC/);
      expect(await page.locator(SUMMARY_FACTS['users affected']).innerText()).toMatch(
        /^Users affected\s+\d+(\.\d)? %$/,
      );
      expect(await page.locator(SUMMARY_FACTS['action-item state']).innerText()).toMatch(
        /\d+ done.*\d+ open.*\d+ in progress.*\d+ overdue/s,
      );
      // The facts come before the timeline in reading order too.
      const factsTop = (await page.locator('[aria-label="Key facts"]').boundingBox())!.y;
      const timelineTop = (await page.locator('ol.timeline').boundingBox())!.y;
      expect(factsTop).toBeLessThan(timelineTop);
    });
  }

  it('shows every action item as a card on a 375 px phone, nothing scrolled sideways', async () => {
    const page = await open(`postmortems/${SEV1_IDS[0]}/`, { width: 375, height: 667 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const cards = page.locator('table.action-items tbody tr');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const card of await cards.all()) {
      await card.scrollIntoViewIfNeeded();
      for (const label of ['Owner', 'Due', 'Status', 'Type', 'Tracking']) {
        const cell = card.locator(`td[data-label="${label}"]`);
        expect(await cell.isVisible(), `${label} is visible`).toBe(true);
        const box = (await cell.boundingBox())!;
        expect(box.x, `${label} starts on screen`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${label} ends on screen`).toBeLessThanOrEqual(375);
        // The card says what each value is, as the table's header would.
        const label_ = await cell.evaluate((element) => getComputedStyle(element, '::before').content);
        expect(label_).toBe(`"${label}"`);
      }
      const link = card.locator('td[data-label="Tracking"] a');
      if ((await link.count()) > 0) {
        const box = (await link.boundingBox())!;
        expect(box.x + box.width, 'tracking link ends on screen').toBeLessThanOrEqual(375);
      }
    }
    const scroller = page.locator('table.action-items').locator('xpath=..');
    expect(await scroller.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  });

  it('reveals the UTC time of every timeline entry by tap and by keyboard, as its hint says', async () => {
    const page = await open(`postmortems/${SEV1_IDS[0]}/`, { width: 375, height: 667 }, true);
    const hint = page.locator('.timeline-hint');
    expect(await hint.innerText()).not.toMatch(/hover/i);
    const toggle = page.getByRole('checkbox', { name: 'Show UTC times' });
    const utcTimes = page.locator('ol.timeline .event-utc');
    expect(await utcTimes.count()).toBe(await page.locator('ol.timeline > li').count());
    expect(await utcTimes.first().isVisible()).toBe(false);

    await toggle.scrollIntoViewIfNeeded();
    await toggle.tap();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('ol.timeline .event-utc')].every((element) => element.checkVisibility()),
    );
    expect(await utcTimes.first().innerText()).toMatch(/\d\d:\d\d UTC$/);

    // And back, from the keyboard.
    await toggle.focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('ol.timeline .event-utc')].every((element) => !element.checkVisibility()),
    );
    await page.keyboard.press('Space');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('ol.timeline .event-utc')].every((element) => element.checkVisibility()),
    );
  });

  it('keeps the summary chrome out of search excerpts and the narrative in', async () => {
    const page = await open(`postmortems/${SEV1_IDS[0]}/`, SCREENS[0]);
    const ignored = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => ({
          inBody: element.closest('[data-pagefind-body]') !== null,
          ignored: element.closest('[data-pagefind-ignore]') !== null,
        }));
    for (const chrome of [
      '[aria-label="Key facts"]',
      '.postmortem-header .facts',
      '.duration-bar',
      'table.action-items thead',
      'table.action-items td[data-label="Owner"]',
      'table.action-items td[data-label="Status"]',
      '.timeline-hint',
      'ol.timeline .event-utc',
      '.incident-tags',
    ]) {
      expect(await ignored(chrome), chrome).toEqual({ inBody: true, ignored: true });
    }
    // The title is indexed once, weighted, in the page's search block; the heading would count it twice.
    for (const narrative of [
      'table.action-items td.title',
      'p.summary',
      'section[aria-labelledby="impact"] p',
      'ol.timeline .event-text',
      '.prose.body',
      'section[aria-labelledby="learnings"] li',
    ]) {
      expect(await ignored(narrative), narrative).toEqual({ inBody: true, ignored: false });
    }
  });
});
