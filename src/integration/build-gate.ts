/**
 * The build gate: the one place that runs the archive's check and decides
 * whether the build goes on. A build checks once; `astro dev` checks once per
 * state of the content folder, shared by the content loaders and the error page.
 *
 * The integration owns the gate. Astro runs the content loaders in another
 * module graph than the integration, so they cannot share this module's
 * state; they reach the integration's gate through its hook in the resolved
 * config they are given (`buildGateOf(context.config)`).
 */
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AstroConfig } from 'astro';
import { buildDate } from '../lib/build-date.ts';
import { checkArchiveInParallel } from '../lib/check/check-in-parallel.ts';
import { contentError } from '../lib/check/content-error.ts';
import type { CheckResult } from '../lib/check/index.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import { plural } from '../lib/words.ts';

/** The integration's hook that hands its gate to the content loaders. */
export const BUILD_GATE_HOOK = 'hindsight:build-gate';

export interface BuildGate {
  /** The content folder, absolute: what the loaders watch in dev. */
  contentRoot: string;
  /** The check of the content: the build's one run, or in dev the run for the files as they are now. */
  checked(): Promise<CheckResult>;
  /** The check, for the loaders to store from; outside dev, a check with errors refuses the build, naming every one. */
  accepted(): Promise<CheckResult>;
  /**
   * A build has stored its content: the gate lets the check's result go (its
   * sources and parsed files would stay in memory while pages render) and
   * refuses to be asked again, rather than silently checking a second time.
   */
  release(): void;
}

export interface BuildGateOptions {
  /** The project root, as a file path. */
  root: string;
  /** The content folder, relative to the root or absolute. */
  contentDir: string;
  /** `astro dev` keeps serving (the error page shows the check's errors) and checks again when the content changes. */
  isDev: boolean;
  /** Where the check's one line goes. */
  log: (line: string) => void;
}

export function createBuildGate({ root, contentDir, isDev, log }: BuildGateOptions): BuildGate {
  const contentRoot = resolve(root, contentDir);
  let run: { fingerprint: string; result: Promise<CheckResult> } | undefined;
  let released = false;
  const checked = (): Promise<CheckResult> => {
    if (released)
      return Promise.reject(new Error('the build gate has released its check: ask for it before the build starts'));
    // A build reads the content once; only dev asks whether it changed since.
    const fingerprint = isDev ? contentFingerprint(contentRoot) : '';
    if (!run || run.fingerprint !== fingerprint) {
      const result = checkArchiveInParallel(readArchiveSources({ root, contentDir }), { today: buildDate() });
      // Said once per run, before anything can stop the build with its errors.
      run = { fingerprint, result: result.then((done) => (log(checkLogLine(done)), done)) };
    }
    return run.result;
  };
  return {
    contentRoot,
    checked,
    async accepted() {
      const result = await checked();
      if (result.errorCount > 0 && !isDev) throw contentError(result.problems);
      return result;
    },
    release() {
      if (isDev) return;
      released = true;
      run = undefined;
    },
  };
}

/** The gate of the hindsight integration in this config; the content loaders cannot work without it. */
export function buildGateOf(config: Pick<AstroConfig, 'integrations'>): BuildGate {
  for (const integration of config.integrations) {
    const hook = integration.hooks[BUILD_GATE_HOOK];
    const gate = typeof hook === 'function' ? (hook as () => BuildGate | undefined)() : undefined;
    if (gate) return gate;
  }
  throw new Error('the postmortem collections need the hindsight integration (src/integration/index.ts) in the config');
}

/** The build log's one line on what the check found. */
export function checkLogLine(result: CheckResult): string {
  const files = `${plural(result.postmortems.length, 'postmortem')} and 3 taxonomies`;
  return `Check: ${files}, ${result.errorCount === 0 ? 'no errors' : plural(result.errorCount, 'error')}, ${plural(result.warningCount, 'warning')}`;
}

/**
 * What the content folder holds now: every file's path, size and modification
 * time. A file watcher can miss an event under load; this cannot, and a few
 * thousand `stat` calls per page request are cheap next to rendering it.
 */
export function contentFingerprint(contentRoot: string): string {
  if (!existsSync(contentRoot)) return '';
  return readdirSync(contentRoot, { recursive: true, withFileTypes: true })
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const stats = lstatSync(path, { throwIfNoEntry: false });
      return `${path}\0${stats?.size}\0${stats?.mtimeMs}`;
    })
    .sort()
    .join('\n');
}
