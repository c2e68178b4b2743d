/**
 * Integrity of a build: reproducible bytes whatever the machine's zone, every
 * internal link resolves, one page per postmortem in the audience, a quiet log.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkArchive } from '../../src/lib/check/index.ts';
import { isInAudience } from '../../src/lib/audience.ts';
import { readArchiveSources } from '../../src/lib/read-sources.ts';
import { SEARCHED_PAGES } from '../../src/integration/search-index.ts';
import { fileHashes, htmlPages, pagePath } from '../support/dist-files.ts';
import { astroCacheDir, PROJECT_ROOT, type FixtureBuild } from '../support/fixture-build.ts';

const builds = inject('builds');

describe('reproducible builds', () => {
  it('are byte-for-byte identical in UTC, America/Los_Angeles and Asia/Kolkata', () => {
    const reference = fileHashes(builds.basic.outDir);
    expect(reference.size).toBeGreaterThan(20);
    for (const other of [builds.basicLosAngeles, builds.basicKolkata]) {
      const hashes = fileHashes(other.outDir);
      expect([...hashes.keys()]).toEqual([...reference.keys()]);
      const differing = [...hashes].filter(([file, hash]) => reference.get(file) !== hash).map(([file]) => file);
      expect(differing, `files that differ in ${other.name}`).toEqual([]);
    }
  });
});

/** Internal links of every page that do not resolve to a built file (or to an id on the page). */
function brokenLinks(build: FixtureBuild): string[] {
  const pages = htmlPages(build.outDir);
  const idsByPath = new Map(
    pages.map(({ file, html }) => [
      pagePath(file, build.base),
      new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])),
    ]),
  );
  const broken: string[] = [];
  for (const { file, html } of pages) {
    const from = new URL(pagePath(file, build.base), 'http://archive.test');
    for (const match of html.matchAll(/\s(href|src|action)="([^"]*)"/g)) {
      const target = new URL(match[2]!.replace(/&amp;/g, '&'), from);
      if (target.origin !== from.origin) continue;
      if (!target.pathname.startsWith(build.base)) {
        broken.push(`${file}: ${match[2]} (outside the base path)`);
        continue;
      }
      const local = decodeURIComponent(target.pathname.slice(build.base.length));
      const candidate = join(build.outDir, local, local === '' || local.endsWith('/') ? 'index.html' : '');
      if (!existsSync(candidate)) {
        broken.push(`${file}: ${match[2]}`);
        continue;
      }
      if (target.hash && target.pathname.endsWith('/')) {
        const ids = idsByPath.get(target.pathname);
        if (ids && !ids.has(decodeURIComponent(target.hash.slice(1))))
          broken.push(`${file}: ${match[2]} (no such anchor)`);
      }
    }
  }
  return broken;
}

describe('links', () => {
  it.each(['example', 'basic', 'basicBase', 'audiencePublic'] as const)(
    'every internal link in the %s build resolves',
    (name) => {
      const build = builds[name];
      expect(build.exitCode, build.log).toBe(0);
      expect(brokenLinks(build)).toEqual([]);
    },
  );
});

describe('page counts', () => {
  it.each([
    ['example', 'content', 'internal'],
    ['audienceInternal', 'tests/fixtures/audiences/content', 'internal'],
    ['audiencePublic', 'tests/fixtures/audiences/content', 'public'],
  ] as const)('the %s build has one page per postmortem in its audience', (name, contentDir, audience) => {
    const build = builds[name];
    const { postmortems } = checkArchive(readArchiveSources({ root: PROJECT_ROOT, contentDir }));
    const expected = postmortems
      .filter((postmortem) => postmortem.data && isInAudience(postmortem.data, { audience, includeUnpublished: false }))
      .map((postmortem) => postmortem.id)
      .sort();
    const built = htmlPages(build.outDir)
      .filter(({ file, html }) => /^postmortems\/[^/]+\/index\.html$/.test(file) && html.includes('data-pagefind-body'))
      .map(({ file }) => file.split('/')[1]!)
      .sort();
    expect(built).toEqual(expected);
    expect(built.length).toBeGreaterThan(0);
  });
});

describe('build cache', () => {
  it('each fixture build keeps its content store in its own Astro cache, never in the shared node_modules one', () => {
    for (const name of ['example', 'example-public', 'basic']) {
      expect(existsSync(join(astroCacheDir(name), 'data-store.json')), name).toBe(true);
    }
  });
});

describe('build log', () => {
  it.each(['example', 'basic', 'audiencePublic'] as const)('the %s build prints no warnings or errors', (name) => {
    // The check's own summary line counts warnings; every other line must be free of them.
    const log = builds[name].log.replace(/^.*\] Check: .*$/m, '');
    expect(builds[name].log).toMatch(/\] Check: \d+ postmortems and 3 taxonomies, no errors, \d+ warnings?$/m);
    expect(log).not.toMatch(/\[WARN\]|\[ERROR\]|warning/i);
  });

  it('gives the search indexer every page that marks text for search, and no other', () => {
    const searched = new RegExp(`^${SEARCHED_PAGES.replaceAll('.', '\\.').replaceAll('*', '[^/]+')}$`);
    for (const { file, html } of htmlPages(builds.example.outDir)) {
      if (html.includes('data-pagefind-body')) expect(file).toMatch(searched);
    }
  });

  it('includes a search index', () => {
    expect(readFileSync(join(builds.example.outDir, 'pagefind/pagefind-entry.json'), 'utf8')).toContain(
      '"page_count":25',
    );
  });
});
