/** Walking a built site: its files, their hashes, and the links in its pages. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir`, as paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
}

/** relative path -> sha256 of the bytes. */
export function fileHashes(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(dir, file)))
        .digest('hex'),
    ]),
  );
}

export function htmlPages(dir: string): { file: string; html: string }[] {
  return listFiles(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
}

/** The URL path a page is served at, e.g. `postmortems/x/index.html` -> `/base/postmortems/x/`. */
export function pagePath(file: string, base: string): string {
  return `${base}${relative('.', file).replace(/(^|\/)index\.html$/, '$1')}`;
}
