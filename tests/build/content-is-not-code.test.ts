import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CODE_CANARY_FILE, PROJECT_ROOT } from '../support/fixture-build.ts';
import { readPage } from '../support/html.ts';

const { codeCanary, basic } = inject('builds');
const FILE = 'tests/fixtures/code-canary/content/postmortems/2025-05-01-tries-to-run-code.mdx';

describe('a postmortem that tries to run code', () => {
  it('fails npm run check, naming the file and each attempt', () => {
    const check = spawnSync(process.execPath, ['src/cli/check.ts'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, HINDSIGHT_CONTENT_DIR: 'tests/fixtures/code-canary/content' },
    });
    expect(check.status).toBe(1);
    const lines = check.stderr.split('\n').filter((line) => line.startsWith(`${FILE}: body:`));
    expect(lines.some((line) => line.includes('must not import or export'))).toBe(true);
    expect(lines.filter((line) => line.includes('JavaScript expression'))).toHaveLength(3);
  });

  it('fails the build before the body is ever evaluated', () => {
    expect(codeCanary.exitCode).not.toBe(0);
    expect(codeCanary.log).toContain(`${FILE}: body: must not contain a JavaScript expression`);
    expect(existsSync(join(codeCanary.outDir, 'index.html'))).toBe(false);
    // The body would have written this file had any of it run.
    expect(existsSync(CODE_CANARY_FILE)).toBe(false);
  });
});

describe('the archive components', () => {
  it('render in a body', () => {
    const html = readPage(basic.outDir, 'postmortems/2025-01-14-checkout-pool/');
    expect(html).toMatch(
      /<div class="callout callout-warning"[^>]*role="note"[^>]*><p class="callout-title"[^>]*>Check the range<\/p>/,
    );
  });
});
