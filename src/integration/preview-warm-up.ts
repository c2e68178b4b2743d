/**
 * Renders link-preview cards into the preview cache while Astro bundles and
 * renders pages. Astro's rendering runs on one thread; this child process,
 * at the lowest CPU priority, uses the core it leaves idle, so the build's
 * last step mostly copies cached cards instead of rendering 8 ms each. It is
 * only a warm-up: the build's last step still renders any card it lacks, so
 * stopping it early, or warming a card no page uses, changes no output.
 */
import { spawn } from 'node:child_process';
import { constants, setPriority } from 'node:os';
import { fileURLToPath } from 'node:url';
import { previewSvg } from '../lib/preview-image.ts';
import type { CheckSummary } from './check-summary.ts';

let running: { stop(): void } | undefined;

/** Starts warming the cards of every postmortem that gets a page, per the check's summary. */
export function warmUpPreviews(summary: CheckSummary, cacheDir: string): void {
  const svgs = summary.paged.map((id) => previewSvg(summary.cards.get(id)!));
  running?.stop();
  running = start(svgs, cacheDir);
}

/** Ends the warm-up, if any; what it rendered stays in the cache. */
export function stopPreviewWarmUp(): void {
  running?.stop();
  running = undefined;
}

function start(svgs: readonly string[], cacheDir: string): { stop(): void } {
  const worker = fileURLToPath(new URL('./preview-warm-up-worker.ts', import.meta.url));
  const child = spawn(process.execPath, [worker], {
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  child.on('error', () => {});
  try {
    setPriority(child.pid!, constants.priority.PRIORITY_LOW);
  } catch {
    // Not permitted here: the warm-up then shares the cores evenly, which is still correct.
  }
  // The pipe stays open: the worker stops when it closes, so it never outlives this process.
  child.stdin!.on('error', () => {});
  child.stdin!.write(`${JSON.stringify({ cacheDir, svgs })}\n`);
  child.unref();
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  return {
    stop() {
      child.kill();
    },
  };
}
