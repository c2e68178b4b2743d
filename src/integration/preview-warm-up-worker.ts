/**
 * The preview warm-up's process (see preview-warm-up.ts): reads
 * `{ cacheDir, svgs }` as one line of JSON on stdin, renders each card into
 * the cache one at a time, and exits when done or when stdin closes.
 */
import { mkdirSync } from 'node:fs';
import { createInterface } from 'node:readline';
import sharp from 'sharp';
import { renderCached } from './preview-images.ts';

// One libvips thread: this process only uses what Astro leaves idle.
sharp.concurrency(1);

const lines = createInterface({ input: process.stdin });
lines.once('line', async (line) => {
  const { cacheDir, svgs } = JSON.parse(line) as { cacheDir: string; svgs: string[] };
  mkdirSync(cacheDir, { recursive: true });
  for (const svg of svgs) await renderCached(svg, cacheDir);
  process.exit(0);
});
lines.once('close', () => process.exit(0));
