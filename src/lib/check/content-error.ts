import { formatProblem, type Problem } from './problem.ts';

/**
 * The error the build and dev server stop with: the check's own lines, no
 * stack trace (a trace would point into the archive's code, not the author's file).
 */
export function contentError(problems: readonly Problem[], where = 'same as `npm run check`'): Error {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const error = new Error(
    `${errors.length} error(s) in the content files (${where}):\n${errors.map(formatProblem).join('\n')}`,
  );
  error.name = 'PostmortemCheckError';
  error.stack = `${error.name}: ${error.message}`;
  return error;
}
