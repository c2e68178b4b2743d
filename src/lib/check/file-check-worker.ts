/** A worker thread of check-in-parallel.ts: each postmortem file's own rules, for one shard of the files. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPostmortemFile } from './postmortem-file.ts';
import type { SourceFile } from './sources.ts';

/** One worker's share of the check, sent by check-in-parallel.ts. */
export interface FileCheckJob {
  sources: SourceFile[];
  images?: string[];
  today?: string;
}

const { sources, images, today } = workerData as FileCheckJob;
const known = images ? new Set(images) : undefined;
const context = { imageExists: known ? (name: string) => known.has(name) : undefined, today };
parentPort!.postMessage(sources.map((source) => checkPostmortemFile(source, context)));
