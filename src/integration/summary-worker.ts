/** Reads what the end of the build needs off the main thread, so the build can sync and bundle meanwhile. */
import { parentPort, workerData } from 'node:worker_threads';
import { readArchiveSources } from '../lib/read-sources.ts';
import { summarizeArchive } from './check-summary.ts';

const { root, contentDir } = workerData as { root: string; contentDir: string };
parentPort!.postMessage(summarizeArchive(readArchiveSources({ root, contentDir })));
