/** A worker thread of check-in-parallel.ts: each postmortem file's own rules, for one shard of the files. */
import { parentPort, workerData } from 'node:worker_threads';
import type { FileCheckJob } from './check-in-parallel.ts';
import { checkPostmortemFile } from './postmortem-file.ts';

const { sources, images, today } = workerData as FileCheckJob;
const known = images ? new Set(images) : undefined;
const context = { imageExists: known ? (name: string) => known.has(name) : undefined, today };
parentPort!.postMessage(sources.map((source) => checkPostmortemFile(source, context)));
