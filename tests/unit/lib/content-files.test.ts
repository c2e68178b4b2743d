/**
 * What the archive reads from disk: only real folders and regular files, and
 * images whose bytes are the format their name says. An SVG or HTML page
 * named .png would be published as it is and run script when opened.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchive, formatProblem } from '../../../src/lib/check/index.ts';
import { unusableImage } from '../../../src/lib/content-file.ts';
import { readArchiveSources } from '../../../src/lib/read-sources.ts';

const ROOT = new URL('../../..', import.meta.url).pathname;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function archiveCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-content-files-'));
  cpSync(join(ROOT, 'tests/fixtures/basic/content'), join(dir, 'content'), { recursive: true });
  mkdirSync(join(dir, 'content/postmortems/images'), { recursive: true });
  return dir;
}

const errorsOf = (dir: string) =>
  checkArchive(readArchiveSources({ root: dir, contentDir: 'content' }))
    .problems.filter((problem) => problem.severity === 'error')
    .map(formatProblem);

describe('images', () => {
  it.each([
    ['an SVG', 'diagram.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
    ['an HTML page', 'chart.png', '<!doctype html><script>alert(1)</script>'],
    ['a PNG', 'photo.jpg', PNG],
  ])('refuses %s named %s, naming the file', (_, name, bytes) => {
    const dir = archiveCopy();
    writeFileSync(join(dir, 'content/postmortems/images', name), bytes);
    expect(errorsOf(dir)).toContainEqual(
      expect.stringMatching(
        new RegExp(`^content/postmortems/images/${name}: file: is named \\.\\w+ but its bytes are not`),
      ),
    );
  });

  it('accepts a real PNG', () => {
    const dir = archiveCopy();
    writeFileSync(join(dir, 'content/postmortems/images/real.png'), PNG);
    expect(unusableImage(join(dir, 'content/postmortems/images/real.png'))).toBeUndefined();
    expect(errorsOf(dir)).toEqual([]);
  });
});

describe('folders', () => {
  it.each(['content/postmortems', 'content/postmortems/images', 'content'])(
    'refuses %s when it is a link to a folder elsewhere, and reads nothing through it',
    (folder) => {
      const dir = archiveCopy();
      const elsewhere = mkdtempSync(join(tmpdir(), 'hindsight-elsewhere-'));
      cpSync(join(dir, folder), elsewhere, { recursive: true });
      // Replace the folder by a link to the copy elsewhere.
      rmSync(join(dir, folder), { recursive: true });
      symlinkSync(elsewhere, join(dir, folder));
      expect(errorsOf(dir)).toContainEqual(
        `${folder}: file: is a symbolic link; content folders must be real folders in the repository`,
      );
    },
  );
});
