/**
 * The same check, with each postmortem file's own rules spread over worker
 * threads: those rules read one file each, and they are most of the work.
 * The archive-wide rules then run once, here, on the workers' verdicts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleCheck, checkArchive, fileContext, type CheckOptions, type CheckResult } from './index.ts';
import { checkPostmortemFile, type CheckedPostmortem } from './postmortem-file.ts';
import type { FileCheckJob } from './file-check-worker.ts';
import type { ArchiveSources } from './sources.ts';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_FROM_FILES = 400;
const YOUNG_GENERATION_MB = 64;

function checkInWorker(job: FileCheckJob): Promise<CheckedPostmortem[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./file-check-worker.ts', import.meta.url), {
      workerData: job,
      // A larger young generation: each file leaves short-lived trees, and fewer scavenges save a tenth of the time.
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
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
  // The workers take every shard but the first, which this thread checks meanwhile.
  const inWorkers = shards.slice(1).map((shard) => checkInWorker({ sources: shard, images, today: options.today }));
  const context = fileContext(sources, options);
  const here = shards[0]!.map((source) => checkPostmortemFile(source, context));
  const verdicts = [here, ...(await Promise.all(inWorkers))];
  const byPath = new Map(verdicts.flat().map((verdict) => [verdict.file, verdict]));
  // Back in the sources' order, so the result is the same as checkArchive's.
  return assembleCheck(
    sources,
    sources.postmortems.map((source) => byPath.get(source.path)!),
    options,
  );
}
