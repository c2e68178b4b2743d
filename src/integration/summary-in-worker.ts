import { Worker } from 'node:worker_threads';
import type { CheckSummary } from './check-summary.ts';

/**
 * Reads what the end of the build needs (preview
 * cards, the sitemap's aliases); the promise settles with its summary. The
 * content loaders run the check that decides whether the build goes on.
 */
export function readSummaryInWorker(root: string, contentDir: string): Promise<CheckSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./summary-worker.ts', import.meta.url), { workerData: { root, contentDir } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once(
      'exit',
      (code) => code !== 0 && reject(new Error(`reading the archive's summary stopped with exit code ${code}`)),
    );
  });
}
