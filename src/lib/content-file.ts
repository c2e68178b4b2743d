/**
 * The one way the archive reads a content file from disk, shared by the
 * check, the content loaders and the compile step: only a regular file (never
 * a link, device or folder), decoded as strict UTF-8.
 */
import { closeSync, lstatSync, openSync, readFileSync, readSync } from 'node:fs';

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
  if (stats.isSymbolicLink())
    return 'is a symbolic link; content must be a regular file in the repository (copy the file instead)';
  if (stats.isDirectory()) return 'is a folder, not a file; postmortems are regular .mdx files';
  if (!stats.isFile()) return 'is not a regular file; the archive reads only regular files';
  return undefined;
}

/** Why a path is not a real folder (a link to one is refused: it would bring in files from anywhere), or undefined. */
export function notARealFolder(absolutePath: string): string | undefined {
  const stats = lstatSync(absolutePath, { throwIfNoEntry: false });
  if (!stats) return undefined;
  if (stats.isSymbolicLink()) return 'is a symbolic link; content folders must be real folders in the repository';
  return stats.isDirectory() ? undefined : 'is not a folder';
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

/** Image formats the archive shows, by file extension, each recognised by its first bytes. */
const IMAGE_SIGNATURES: Record<string, (head: Buffer) => boolean> = {
  png: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  jpg: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  jpeg: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff,
  gif: (head) => /^GIF8[79]a/.test(head.toString('latin1', 0, 6)),
  webp: (head) => head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP',
  avif: (head) => head.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(head.toString('latin1', 8, 12)),
};

/**
 * Why a file in the images folder may not be shown, or undefined when it may:
 * it must be a regular file whose bytes are the raster format its name says.
 * An SVG or HTML file named .png would otherwise be published as it is and
 * could run script when opened on its own.
 */
export function unusableImage(absolutePath: string): string | undefined {
  const notFile = notARegularFile(absolutePath);
  if (notFile) return notFile;
  const extension = /\.([a-z]+)$/i.exec(absolutePath)?.[1]?.toLowerCase() ?? '';
  const matches = IMAGE_SIGNATURES[extension];
  if (!Object.hasOwn(IMAGE_SIGNATURES, extension) || !matches) {
    return `is not an image the archive shows (${Object.keys(IMAGE_SIGNATURES).join(', ')})`;
  }
  const head = Buffer.alloc(16);
  const descriptor = openSync(absolutePath, 'r');
  try {
    readSync(descriptor, head, 0, head.length, 0);
  } finally {
    closeSync(descriptor);
  }
  return matches(head) ? undefined : `is named .${extension} but its bytes are not a ${extension.toUpperCase()} image`;
}
