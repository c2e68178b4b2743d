/**
 * Tracker marks in Chromium (tests/fixtures/tracker): rows the /action-items/
 * filters draw keep their mark, and the marked pages pass axe in both themes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { actionItemsShown } from './support/settled.ts';
import { startSession, type BrowserSession } from './support/session.ts';

const { tracker } = inject('builds');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('tracker marks in the browser', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession(tracker);
  });
  afterAll(() => session?.close());

  it('a filtered /action-items/ list still marks the items the tracker disagrees with', async () => {
    const { page, errors } = await session.open('action-items/?status=done');
    await actionItemsShown(page);
    const marks = await page
      .locator('tbody tr[data-status]:visible')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.querySelector('td.title a')?.textContent?.trim(),
          row.querySelector('.tracker-mark')?.textContent?.trim() ?? '',
        ]),
      );
    expect(marks.map(([title]) => title).sort()).toEqual([
      'Add a dead-letter queue',
      'Cap consumer retries',
      'Document the replay runbook',
      'Reply to the affected customers',
    ]);
    expect(Object.fromEntries(marks)).toMatchObject({
      'Add a dead-letter queue': '',
      'Document the replay runbook': 'Tracker says open; postmortem says done (synced 30 Dec 2025)',
      'Cap consumer retries':
        'Tracker says closed on 20 Oct 2025; postmortem says closed on 2 Oct 2025 (synced 30 Dec 2025)',
    });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it.each([
      ['action items', 'action-items/'],
      ['postmortem', 'postmortems/2025-10-01-checkout-queue-backlog/'],
    ])(`%s page with tracker marks has no axe violations in the ${colorScheme} theme`, async (_, path) => {
      const { page } = await session.open(path, { colorScheme });
      await page.waitForLoadState('networkidle');
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(() =>
        (
          window as unknown as {
            axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> };
          }
        ).axe
          .run(document, {
            runOnly: {
              type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
            },
          })
          .then((result) => result.violations),
      )) as { id: string; nodes: { target: string[] }[] }[];
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.context().close();
    });
  }
});
