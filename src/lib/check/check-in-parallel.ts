/**
 * The same check, with each postmortem file's own rules spread over worker
 * threads: those rules read one file each, and they are most of the work.
 * The archive-wide rules then run once, here, on the workers' verdicts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleCheck, checkArchive, type CheckOptions, type CheckResult } from './index.ts';
import type { CheckedPostmortem } from './postmortem-file.ts';
import type { FileCheckJob } from './file-check-worker.ts';
import type { ArchiveSources } from './sources.ts';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_FROM_FILES = 400;

function checkInWorker(job: FileCheckJob): Promise<CheckedPostmortem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./file-check-worker.ts', import.meta.url), { workerData: job });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`a check worker stopped with exit code ${code}`)));
  });
}

export async function checkArchiveInParallel(
  sources: ArchiveSources,
  options: CheckOptions = {},
): Promise<CheckResult> {
  const workers = Math.min(
    availableParallelism(),
    8,
    Math.floor(sources.postmortems.length / (PARALLEL_FROM_FILES / 2)),
  );
  if (workers < 2) return checkArchive(sources, options);
  const images = sources.images ? [...sources.images] : undefined;
  const shards = Array.from({ length: workers }, (_, shard) =>
    sources.postmortems.filter((_, index) => index % workers === shard),
  );
  const verdicts = await Promise.all(
    shards.map((shard) => checkInWorker({ sources: shard, images, today: options.today })),
  );
  const byPath = new Map(verdicts.flat().map((verdict) => [verdict.file, verdict]));
  // Back in the sources' order, so the result is the same as checkArchive's.
  return assembleCheck(
    sources,
    sources.postmortems.map((source) => byPath.get(source.path)!),
    options,
  );
}
