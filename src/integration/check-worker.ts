/** Runs the check engine off the main thread, so a build can sync and bundle meanwhile. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkArchive } from '../lib/check/index.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import { summarizeCheck } from './check-summary.ts';

const { root, contentDir } = workerData as { root: string; contentDir: string };
parentPort!.postMessage(summarizeCheck(checkArchive(readArchiveSources({ root, contentDir }))));
