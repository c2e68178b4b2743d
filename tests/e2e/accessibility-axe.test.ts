/** axe-core finds no WCAG 2.2 AA or best-practice violation on any page type, in either theme. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSession, type BrowserSession } from './support/session.ts';

const { example } = inject('builds');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGE_TYPES = [
  ['index', ''],
  ['filtered index', '?service=checkout&sort=ttd'],
  ['postmortem', 'postmortems/2025-12-01-checkout-cyber-monday-capacity/'],
  ['search results', 'search/?q=certificate'],
  ['insights', 'insights/'],
  ['action items', 'action-items/'],
  ['writing guide', 'guide/'],
  ['service', 'services/checkout/'],
  ['root-cause list', 'root-causes/'],
  ['reliability review', 'reviews/2025-q3/'],
  ['reviews', 'reviews/'],
  ['not found', 'no-such-page/'],
] as const;

interface AxeViolation {
  id: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

describe('accessibility (axe-core)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await startSession(example);
  });
  afterAll(() => session?.close());

  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(PAGE_TYPES)(`%s page in the ${colorScheme} theme has no violations`, async (_, path) => {
      const { page } = await session.open(path, { colorScheme });
      await page.waitForLoadState('networkidle');
      // Evaluated through the browser's devtools protocol, which the page's CSP does not govern.
      await page.evaluate(axeSource);
      const violations = (await page.evaluate(() =>
        (
          window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
        ).axe
          .run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          })
          .then((result) => result.violations),
      )) as AxeViolation[];
      const summary = violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
      await page.context().close();
    });
  }
});
