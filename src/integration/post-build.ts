/**
 * What the build does once Astro has written the pages: the search index and
 * the link-preview images. `npm run build` runs it in its own process after
 * Astro's has exited (see src/cli/build.ts): Astro keeps every page module it
 * rendered until it exits, and the indexer running beside that heap was the
 * build's peak memory. A plain `astro build` runs it inside the build hook.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { writePreviewImages } from './preview-images.ts';
import { writeSearchIndex } from './search-index.ts';

/** Set by src/cli/build.ts: the build hook writes its job to this file instead of running it. */
export const POST_BUILD_JOB_ENV = 'HINDSIGHT_POST_BUILD_JOB';

export interface PostBuildJob {
  /** The build's output folder, as a file path. */
  outDir: string;
  /** Where rendered cards are cached across builds. */
  cacheDir: string;
  /** Each postmortem page the build wrote (relative to outDir) and its card as SVG. */
  cards: [pagePath: string, svg: string][];
}

export async function runPostBuild(job: PostBuildJob, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const [, previews] = await Promise.all([
    writeSearchIndex(job.outDir, log),
    writePreviewImages(job.outDir, new Map(job.cards), job.cacheDir),
  ]);
  const ms = Math.round(performance.now() - started);
  log(
    `Preview images: ${previews.written} in ${ms} ms, beside the search index ` +
      `(${previews.rendered} rendered now, ${previews.written - previews.rendered} from the cache)`,
  );
}

export function savePostBuildJob(file: string, job: PostBuildJob): void {
  writeFileSync(file, JSON.stringify(job));
}

export function loadPostBuildJob(file: string): PostBuildJob {
  return JSON.parse(readFileSync(file, 'utf8')) as PostBuildJob;
}
