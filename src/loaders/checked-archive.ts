/**
 * The check, run once for all of the archive's collections: the loaders store
 * only what it read and accepted, so the content layer holds the check's
 * reading of every file and nothing else.
 */
import { buildDate } from '../lib/build-date.ts';
import { checkArchiveInParallel } from '../lib/check/check-in-parallel.ts';
import type { CheckResult } from '../lib/check/index.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import { plural } from '../lib/words.ts';

let pending: { key: string; result: Promise<CheckResult> } | undefined;

/**
 * The archive as checked; the collections' loaders share one run until
 * `forgetCheckedArchive`. The run says what it found in one log line, before
 * any loader can stop the build with its errors.
 */
export function checkedArchive(root: string, contentDir: string, log: (line: string) => void): Promise<CheckResult> {
  const key = `${root}\0${contentDir}`;
  if (pending?.key !== key) {
    const result = checkArchiveInParallel(readArchiveSources({ root, contentDir }), { today: buildDate() });
    pending = { key, result: result.then((checked) => (log(checkLogLine(checked)), checked)) };
  }
  return pending.result;
}

let forgotten = false;

/**
 * A content file changed (dev): the next load checks again. Every collection's
 * watcher hears the same change in one tick; the first one forgets, the rest share the new run.
 */
export function forgetCheckedArchive(): void {
  if (forgotten) return;
  forgotten = true;
  pending = undefined;
  setTimeout(() => (forgotten = false), 0);
}

/** The build log's one line on what the check found. */
export function checkLogLine(result: CheckResult): string {
  const files = `${plural(result.postmortems.length, 'postmortem')} and 3 taxonomies`;
  return `Check: ${files}, ${result.errorCount === 0 ? 'no errors' : plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}`;
}
