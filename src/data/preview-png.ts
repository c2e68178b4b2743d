/**
 * Renders a preview card's SVG to PNG. Rendering costs ~10 ms a card, so the
 * result is cached by the SVG's hash: a rebuild renders only changed cards.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';

const CACHE_DIR = join(process.cwd(), 'node_modules/.cache/hindsight/previews');
// Part of the cache key: change it when the rendering options change.
const RENDER_VERSION = `sharp-${sharp.versions.sharp}-png6`;

export async function previewPng(svg: string): Promise<Uint8Array> {
  const key = createHash('sha256').update(RENDER_VERSION).update(svg).digest('hex');
  const cached = join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  // Palette quantisation would halve the bytes but multiply the time by six.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
  mkdirSync(CACHE_DIR, { recursive: true });
  const temporary = `${cached}.${process.pid}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, cached);
  return png;
}
