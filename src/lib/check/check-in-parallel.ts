/**
 * The same check, with each postmortem file's own rules spread over worker
 * threads and this one: those rules read one file each, and they are most of
 * the work. The threads take files from one queue (work-queue.ts) as they
 * are free. The archive-wide rules then run once, here, on all the verdicts.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleCheck, checkArchive, fileContext, type CheckOptions, type CheckResult } from './index.ts';
import { checkPostmortemFile, type CheckedPostmortem } from './postmortem-file.ts';
import type { FileCheckJob, FileCheckVerdicts } from './file-check-worker.ts';
import type { ArchiveSources } from './sources.ts';
import { forEachTaken, newWorkQueue } from './work-queue.ts';

/** Below this many files, starting workers costs more than it saves. */
export const PARALLEL_FROM_FILES = 400;
const YOUNG_GENERATION_MB = 64;

function checkInWorker(job: FileCheckJob): Promise<FileCheckVerdicts> {
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
  const queue = newWorkQueue();
  const files = sources.postmortems;
  const inWorkers = Array.from({ length: workers - 1 }, () =>
    checkInWorker({ sources: files, queue, images, today: options.today }),
  );
  // This thread takes files too, from the first, while the workers start.
  const context = fileContext(sources, options);
  const verdicts = new Array<CheckedPostmortem>(files.length);
  forEachTaken(queue, files.length, (index) => (verdicts[index] = checkPostmortemFile(files[index]!, context)));
  for (const taken of await Promise.all(inWorkers)) for (const [index, verdict] of taken) verdicts[index] = verdict;
  // In the sources' order, so the result is the same as checkArchive's.
  return assembleCheck(sources, verdicts, options);
}
