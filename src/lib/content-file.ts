/**
 * The one way the archive reads a content file from disk, shared by the
 * check, the content loaders and the compile step: only a regular file (never
 * a link, device or folder), decoded as strict UTF-8.
 */
import { lstatSync, readFileSync } from 'node:fs';

export type ContentFileRead = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Why a path is not a plain file the archive may read, or undefined when it is one. */
export function notARegularFile(absolutePath: string): string | undefined {
  let stats;
  try {
    stats = lstatSync(absolutePath);
  } catch {
    return 'cannot be read';
  }
  if (stats.isSymbolicLink()) return 'is a symbolic link; content must be a regular file in the repository (copy the file instead)';
  if (stats.isDirectory()) return 'is a folder, not a file';
  if (!stats.isFile()) return 'is not a regular file';
  return undefined;
}

/** True when anything, even a dangling link, is at the path. */
export function somethingAt(absolutePath: string): boolean {
  try {
    lstatSync(absolutePath);
    return true;
  } catch {
    return false;
  }
}

export function readContentFile(absolutePath: string): ContentFileRead {
  const notFile = notARegularFile(absolutePath);
  if (notFile) return { ok: false, reason: notFile };
  try {
    return { ok: true, text: utf8.decode(readFileSync(absolutePath)) };
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 text; save it as UTF-8' };
  }
}
