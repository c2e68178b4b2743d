/** A worker thread of check-in-parallel.ts: each postmortem file's own rules, for the files it takes from the queue. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkPostmortemFile, type CheckedPostmortem } from './postmortem-file.ts';
import type { SourceFile } from './sources.ts';
import { forEachTaken } from './work-queue.ts';

/** What check-in-parallel.ts sends each worker: every file, and the queue they are taken from. */
export interface FileCheckJob {
  sources: SourceFile[];
  queue: Int32Array;
  images?: string[];
  today?: string;
}

/** The verdicts of the files this worker took, each with its index in `sources`. */
export type FileCheckVerdicts = [index: number, verdict: CheckedPostmortem][];

const { sources, queue, images, today } = workerData as FileCheckJob;
const known = images ? new Set(images) : undefined;
const context = { imageExists: known ? (name: string) => known.has(name) : undefined, today };
const verdicts: FileCheckVerdicts = [];
forEachTaken(queue, sources.length, (index) => verdicts.push([index, checkPostmortemFile(sources[index]!, context)]));
parentPort!.postMessage(verdicts);
