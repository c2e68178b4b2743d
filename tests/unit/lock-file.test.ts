/**
 * The lock file installs on every platform users have (`npm ci` refuses a lock
 * that lacks a platform's optional packages) and is already what npm would
 * write, so `npm install` on a fresh clone leaves it byte-for-byte unchanged.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };

describe('package-lock.json', () => {
  it.each([
    '@astrojs/compiler-binding-darwin-arm64',
    '@astrojs/compiler-binding-darwin-x64',
    '@astrojs/compiler-binding-linux-arm64-gnu',
    '@astrojs/compiler-binding-linux-x64-gnu',
    '@astrojs/compiler-binding-win32-x64-msvc',
    '@pagefind/darwin-arm64',
    '@pagefind/linux-arm64',
    '@pagefind/windows-x64',
    '@img/sharp-darwin-arm64',
    '@img/sharp-win32-x64',
  ])('lists %s, so npm ci works on that platform', (name) => {
    expect(Object.keys(lock.packages)).toContain(`node_modules/${name}`);
  });

  it('is exactly what npm install writes from package.json and itself', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hindsight-lock-'));
    for (const file of ['package.json', 'package-lock.json', '.npmrc']) copyFileSync(join(ROOT, file), join(dir, file));
    const npm = spawnSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], {
      cwd: dir,
      encoding: 'utf8',
      shell: process.platform === 'win32',
    });
    expect(npm.status, npm.stderr).toBe(0);
    expect(readFileSync(join(dir, 'package-lock.json'), 'utf8')).toBe(
      readFileSync(join(ROOT, 'package-lock.json'), 'utf8'),
    );
  }, 120_000);
});
