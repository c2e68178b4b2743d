import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGateOf, createBuildGate } from '../../../src/integration/build-gate.ts';
import hindsight from '../../../src/integration/index.ts';
import { archiveSitemap } from '../../../src/integration/sitemap.ts';
import { resolveSiteConfig } from '../../../src/site-config.ts';
import { PROJECT_ROOT } from '../../support/fixture-build.ts';

const INVALID = 'tests/fixtures/invalid/content';
const BASIC = 'tests/fixtures/basic/content';

function gateOn(contentDir: string, isDev: boolean) {
  const lines: string[] = [];
  const gate = createBuildGate({ root: PROJECT_ROOT, contentDir, isDev, log: (line) => lines.push(line) });
  return { gate, lines };
}

describe('the build gate in a build', () => {
  it('checks once, however many loaders ask, and says so in one line', async () => {
    const { gate, lines } = gateOn(BASIC, false);
    const [first, second] = await Promise.all([gate.accepted(), gate.accepted()]);
    expect(await gate.checked()).toBe(first);
    expect(second).toBe(first);
    expect(lines).toEqual([expect.stringMatching(/^Check: 3 postmortems and 3 taxonomies, no errors, \d+ warnings?$/)]);
  });

  it('refuses a check with errors, naming every error, after its line', async () => {
    const { gate, lines } = gateOn(INVALID, false);
    const refusal = await gate.accepted().then(
      () => undefined,
      (error: Error) => error,
    );
    expect(refusal?.name).toBe('PostmortemCheckError');
    const file = `${INVALID}/postmortems/2025-03-01-three-mistakes.mdx`;
    for (const field of ['severity', 'services[0]', 'timeline[0].at'])
      expect(refusal?.message).toContain(`${file}: ${field}:`);
    expect(lines).toEqual([expect.stringMatching(/^Check: 2 postmortems and 3 taxonomies, 3 errors, /)]);
  });
});

describe('the build gate once the build has stored its content', () => {
  it('lets the check go and refuses to be asked again, rather than checking a second time', async () => {
    const { gate, lines } = gateOn(BASIC, false);
    await gate.accepted();
    gate.release();
    await expect(gate.checked()).rejects.toThrow(/released its check/);
    await expect(gate.accepted()).rejects.toThrow(/released its check/);
    expect(lines).toHaveLength(1);
  });

  it('keeps the check in dev, where the error page and the loaders ask again', async () => {
    const { gate } = gateOn(BASIC, true);
    const first = await gate.checked();
    gate.release();
    expect(await gate.checked()).toBe(first);
  });
});

describe('the build gate in dev', () => {
  it('hands the errors on instead of refusing, and checks again only once the content changed', async () => {
    const content = join(mkdtempSync(join(tmpdir(), 'hindsight-gate-')), 'content');
    cpSync(join(PROJECT_ROOT, BASIC), content, { recursive: true });
    const { gate, lines } = gateOn(content, true);
    const clean = await gate.accepted();
    expect(clean.errorCount).toBe(0);
    expect(await gate.checked()).toBe(clean);

    const file = join(content, 'postmortems/2025-01-14-checkout-pool.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^severity: SEV\d/m, 'severity: SEV9'));
    const broken = await gate.accepted();
    expect(broken.errorCount).toBe(1);
    expect(broken.problems.map((problem) => problem.field)).toContain('severity');
    expect(lines).toHaveLength(2);
  });
});

describe('the loaders reach the gate', () => {
  it("through the hindsight integration's hook in the resolved config", () => {
    const siteConfig = resolveSiteConfig({});
    const integration = hindsight(siteConfig, archiveSitemap(siteConfig));
    const hooks = integration.hooks as Record<string, (...args: unknown[]) => unknown>;
    hooks['astro:config:setup']!({
      command: 'build',
      config: { root: new URL(`file://${PROJECT_ROOT}`) },
      updateConfig: () => {},
      logger: { info: () => {} },
    });
    const gate = buildGateOf({ integrations: [{ name: 'other', hooks: {} }, integration] });
    expect(gate.contentRoot).toBe(join(PROJECT_ROOT, resolveSiteConfig({}).contentDir));
  });

  it('and say what is missing without it', () => {
    expect(() => buildGateOf({ integrations: [] })).toThrow(/need the hindsight integration/);
  });
});
