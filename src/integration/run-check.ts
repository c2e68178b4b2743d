import { Worker } from 'node:worker_threads';
import type { Plugin } from 'vite';
import { checkArchive } from '../lib/check/index.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import { checkError, summarizeCheck, type CheckSummary } from './check-summary.ts';

/** The check, here and now (dev server, sync). */
export function runCheck(root: string, contentDir: string): CheckSummary {
  return summarizeCheck(checkArchive(readArchiveSources({ root, contentDir })));
}

/** The same check in a worker thread; the promise settles with its summary. */
export function runCheckInWorker(root: string, contentDir: string): Promise<CheckSummary> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./check-worker.ts', import.meta.url), { workerData: { root, contentDir } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`the check stopped with exit code ${code}`)));
  });
}

/**
 * Holds the bundle until the check has passed. Bundling only transforms the
 * MDX; nothing in it runs until pages are rendered, after this gate.
 */
export function checkGatePlugin(summary: Promise<CheckSummary>): Plugin {
  return {
    name: 'hindsight:check-gate',
    async generateBundle() {
      const result = await summary;
      if (result.errorLines.length > 0) throw checkError(result);
    },
  };
}
