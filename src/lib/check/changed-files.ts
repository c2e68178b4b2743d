/**
 * The files a branch changed, for `npm run check -- --changed`: everything
 * that differs from the merge base with the main branch, committed or not,
 * plus new untracked files.
 */

/** Runs git with arguments and returns its stdout; throws when git fails or is missing. */
export type GitRunner = (args: string[]) => string;

export type ChangedFiles =
  { ok: true; base: string; mergeBase: string; files: string[] } | { ok: false; reason: string };

const DEFAULT_BASES = ['origin/main', 'main'];

function firstLine(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const text = typeof stderr === 'string' && stderr.trim() ? stderr : String((error as Error)?.message ?? error);
  return text.trim().split('\n')[0] ?? 'unknown error';
}

/** Paths relative to the working directory (git's `--relative`), with `/` separators. */
export function changedFiles(git: GitRunner, base?: string): ChangedFiles {
  try {
    git(['rev-parse', '--is-inside-work-tree']);
  } catch (error) {
    return { ok: false, reason: `git could not be used here (${firstLine(error)})` };
  }
  const candidates = base ? [base] : DEFAULT_BASES;
  let lastError = '';
  for (const candidate of candidates) {
    let mergeBase: string;
    try {
      mergeBase = git(['merge-base', candidate, 'HEAD']).trim();
    } catch (error) {
      lastError = firstLine(error);
      continue;
    }
    try {
      const split = (text: string) => text.split('\0').filter(Boolean);
      const changed = split(git(['diff', '--name-only', '--relative', '--no-renames', '-z', mergeBase, '--']));
      const untracked = split(git(['ls-files', '--others', '--exclude-standard', '-z']));
      const files = [...new Set([...changed, ...untracked])].map((file) => file.split('\\').join('/')).sort();
      return { ok: true, base: candidate, mergeBase, files };
    } catch (error) {
      return { ok: false, reason: `git diff failed (${firstLine(error)})` };
    }
  }
  return {
    ok: false,
    reason: `no merge base with ${candidates.join(' or ')} (${lastError}); fetch the main branch (in CI: fetch-depth: 0) or pass --base <ref>`,
  };
}

/** Changed files that can change what the check itself does: then every file is checked. */
export function changesTheCheck(files: readonly string[]): string[] {
  return files.filter((file) => /^(src\/(schema|lib)\/|package(-lock)?\.json$)/.test(file));
}
