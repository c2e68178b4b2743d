/** Reading what a check or a build printed and wrote, as an attacker's victim would. */
import { randomUUID } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HostileFile } from './attack-cases.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The error lines `<path>: <field>: <message>` that name `file` (a path ending
 * in postmortems/<name>) with one of its fields. In a build log the line may
 * follow a logger prefix; the check's own output must start with the path.
 */
export function errorLinesFor(output: string, file: HostileFile, { anywhere = false } = {}): string[] {
  const name = file.shownAs?.source ?? escapeRegExp(file.name);
  const fields = file.fields.map(escapeRegExp).join('|');
  const pattern = new RegExp(`${anywhere ? '(?:^|\\s)' : '^'}(?:\\S*/)?postmortems/${name}: (?:${fields}): \\S`);
  return output.split('\n').filter((line) => !line.startsWith('warning:') && pattern.test(line));
}

/** Lines that belong to a stack trace or an uncaught error's dump. */
export function stackTraceLines(output: string): string[] {
  return output.split('\n').filter((line) => /^\s+at \S/.test(line) || /^\s*(?:\w*Error|\[?ERR_\w+\]?): /.test(line));
}

/** A fresh secret for one run, given to the build as an environment variable. */
export function newCanary(): string {
  return `HINDSIGHT-CANARY-${randomUUID()}`;
}

/** Every regular file below `dir` (gzip-compressed files such as pagefind's index read decompressed). */
function* filesBelow(dir: string): Generator<{ file: string; text: string }> {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, entry);
    if (!lstatSync(path).isFile()) continue;
    let bytes = readFileSync(path);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      try {
        bytes = gunzipSync(bytes);
      } catch {
        // Not gzip after all: read as is.
      }
    }
    yield { file: entry, text: bytes.toString('latin1') };
  }
}

/** The files below `dir` that contain any of `needles`. */
export function filesContaining(dir: string, needles: readonly string[]): string[] {
  const found: string[] = [];
  for (const { file, text } of filesBelow(dir)) if (needles.some((needle) => text.includes(needle))) found.push(file);
  return found;
}

/** What a file name or message must never carry raw into a log: control characters other than newline and tab. */
// eslint-disable-next-line no-control-regex
export const RAW_CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f]/;
