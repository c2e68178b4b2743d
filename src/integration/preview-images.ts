import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

// Part of the cache key: change it when the rendering changes.
const RENDER_VERSION = `sharp-${sharp.versions.sharp}-png3`;

/**
 * Renders each built postmortem's link-preview card to `<page>/preview.png`.
 * It runs after the pages are written, beside the search indexer (another
 * process), so the two share the machine's cores. Cards are cached by content
 * under node_modules/.cache, so a rebuild renders only the ones that changed.
 */
export async function writePreviewImages(
  outDir: URL,
  cards: ReadonlyMap<string, string>,
  cacheDir: string,
): Promise<number> {
  mkdirSync(cacheDir, { recursive: true });
  const queue = [...cards];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [pagePath, svg] = next;
      writeFileSync(join(fileURLToPath(outDir), pagePath, 'preview.png'), await renderCached(svg, cacheDir));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return cards.size;
}

async function renderCached(svg: string, cacheDir: string): Promise<Buffer> {
  const key = createHash('sha256').update(RENDER_VERSION).update(svg).digest('hex');
  const cached = join(cacheDir, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  // Text rendering dominates; palette quantisation would halve the bytes but take six times as long.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
  const temporary = `${cached}.${process.pid}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, cached);
  return png;
}
