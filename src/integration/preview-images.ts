import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';

// Part of the cache key: change it when the rendering changes.
const RENDER_VERSION = `sharp-${sharp.versions.sharp}-png3`;

/**
 * Writes each built postmortem's link-preview card to `<page>/preview.png`.
 * It runs after the pages are written, beside the search indexer (another
 * process), so the two share the machine's cores. Cards are cached by content
 * under node_modules/.cache (and warmed there during the build, see
 * preview-warm-up.ts), so only cards not seen before are rendered here.
 */
export async function writePreviewImages(
  outDir: string,
  cards: ReadonlyMap<string, string>,
  cacheDir: string,
): Promise<{ written: number; rendered: number }> {
  mkdirSync(cacheDir, { recursive: true });
  const queue = [...cards];
  let next = 0;
  let rendered = 0;
  const worker = async () => {
    while (next < queue.length) {
      const [pagePath, svg] = queue[next++]!;
      const card = await renderCached(svg, cacheDir);
      if (card.rendered) rendered += 1;
      // A file copy: the bytes need not pass through this process (the system may even share them).
      copyFileSync(card.file, join(outDir, pagePath, 'preview.png'));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, availableParallelism()) }, worker));
  return { written: cards.size, rendered };
}

/** The card's PNG file in the cache, rendered now unless this exact SVG was rendered before (by any build, or the warm-up). */
export async function renderCached(svg: string, cacheDir: string): Promise<{ file: string; rendered: boolean }> {
  const key = createHash('sha256').update(RENDER_VERSION).update(svg).digest('hex');
  const file = join(cacheDir, `${key}.png`);
  if (existsSync(file)) return { file, rendered: false };
  // Text rendering dominates; palette quantisation would halve the bytes but take six times as long.
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 3 }).toBuffer();
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, file);
  return { file, rendered: true };
}
