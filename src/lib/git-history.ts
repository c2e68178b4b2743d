/** Last-commit dates of content files, read from git in one pass. */
import { execFileSync } from 'node:child_process';

/**
 * Map of path (relative to `repositoryRoot`) -> ISO date of the last commit touching it.
 * Empty when the folder is not a git checkout (e.g. a downloaded archive).
 */
export function lastCommitDates(repositoryRoot: string, folder: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--relative', '--format=%x00%cI', '--name-only', '--no-renames', '--', folder], {
      cwd: repositoryRoot,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return dates;
  }
  // Newest commit first: the first date seen for a path is its last change.
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...paths] = commit.split('\n');
    for (const path of paths) if (path && !dates.has(path)) dates.set(path, date!.trim());
  }
  return dates;
}
