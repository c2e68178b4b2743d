/**
 * The public build holds only published + public postmortems: nothing of the
 * others may reach any file, not a page, feed, export, preview or search index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { sitemapUrls } from '../support/sitemap.ts';

const { audienceInternal, audiencePublic } = inject('builds');
const INTERNAL = '7f3a9c';
const DRAFT = '5e1b2d';
const REVIEW = '9c4d1e';

/** Every file of a build as text, with pagefind's gzip-compressed index files decompressed. */
function outputTexts(outDir: string): { file: string; text: string }[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8', withFileTypes: false })
    .map((file) => join(outDir, file))
    .filter((path) => {
      try {
        readFileSync(path);
        return true;
      } catch {
        return false; // a folder
      }
    })
    .map((path) => {
      let bytes = readFileSync(path);
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
      return { file: relative(outDir, path), text: bytes.toString('latin1') };
    });
}

function filesContaining(outDir: string, needle: string): string[] {
  return outputTexts(outDir)
    .filter(({ text }) => text.toLowerCase().includes(needle.toLowerCase()))
    .map(({ file }) => file);
}

describe('audiences, built from one fixture set', () => {
  it('both builds succeed', () => {
    expect(audienceInternal.exitCode, audienceInternal.log).toBe(0);
    expect(audiencePublic.exitCode, audiencePublic.log).toBe(0);
  });

  it('the search index is really searched: its files decompress and hold page text', () => {
    const fragments = outputTexts(audiencePublic.outDir).filter(({ file }) => file.startsWith('pagefind/fragment/'));
    expect(fragments.length).toBeGreaterThan(0);
    expect(fragments.some(({ text }) => text.includes('PublicMarkerWord'))).toBe(true);
  });

  it('the internal build holds the internal postmortem everywhere it belongs', () => {
    const files = filesContaining(audienceInternal.outDir, INTERNAL);
    for (const expected of [
      'index.html',
      'postmortems.json',
      'postmortems.csv',
      'rss.xml',
      'sitemap-0.xml',
      'archive-index.json',
      `postmortems/2025-04-01-canary-internal-${INTERNAL}/index.html`,
      `postmortems/canary-alias-${INTERNAL}/index.html`,
      `tags/canary-tag-${INTERNAL}/index.html`,
    ]) {
      expect(files, expected).toContain(expected);
    }
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
  });

  it('the public build holds no trace of the internal postmortem in any file', () => {
    // Every field of the internal postmortem, its file name, alias, tag, owner and author carry the marker.
    expect(filesContaining(audiencePublic.outDir, INTERNAL)).toEqual([]);
    // Its preview image would hold the title only as pixels: no file may even be named after it.
    expect(outputTexts(audiencePublic.outDir).filter(({ file }) => file.includes(INTERNAL))).toEqual([]);
    expect(outputTexts(audienceInternal.outDir).map(({ file }) => file)).toContain(
      `postmortems/2025-04-01-canary-internal-${INTERNAL}/preview.png`,
    );
  });

  it('no production build holds drafts or postmortems in review', () => {
    for (const build of [audienceInternal, audiencePublic]) {
      expect(filesContaining(build.outDir, DRAFT)).toEqual([]);
      expect(filesContaining(build.outDir, REVIEW)).toEqual([]);
    }
  });

  it('the public build still holds the public postmortem', () => {
    const files = filesContaining(audiencePublic.outDir, 'Search was slow for ten minutes');
    expect(files).toContain('postmortems/2025-03-01-public-incident/index.html');
    expect(files).toContain('postmortems.json');
  });

  it('the public sitemap, named in robots.txt, lists every postmortem page and nothing internal, draft or in review', () => {
    const robots = readFileSync(join(audiencePublic.outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain('Sitemap: https://incidents.tidewater.example/sitemap-index.xml\n');
    const urls = sitemapUrls(audiencePublic.outDir);
    const postmortemPages = readdirSync(join(audiencePublic.outDir, 'postmortems'))
      .filter(
        (id) =>
          !readFileSync(join(audiencePublic.outDir, 'postmortems', id, 'index.html'), 'utf8').includes(
            'http-equiv="refresh"',
          ),
      )
      .map((id) => `https://incidents.tidewater.example/postmortems/${id}/`);
    expect(postmortemPages).toEqual(['https://incidents.tidewater.example/postmortems/2025-03-01-public-incident/']);
    expect(urls.filter((url) => url.includes('/postmortems/'))).toEqual(postmortemPages);
    expect(urls.filter((url) => [INTERNAL, DRAFT, REVIEW].some((marker) => url.includes(marker)))).toEqual([]);
    expect(urls).toContain('https://incidents.tidewater.example/guide/');
  });
});
