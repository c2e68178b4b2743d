/** A single finding of the check engine, tied to a file and a field. */
export interface Problem {
  /** File path as the author sees it, relative to the project root. */
  file: string;
  /** Field path such as `timeline[3].at`, or `front matter`, `body`, `file name`. */
  field: string;
  /** What is wrong and what would be valid. */
  message: string;
  severity: 'error' | 'warning';
  /** 1-based line in the file, where it could be found. */
  line?: number;
}

export type FieldPath = readonly (string | number | symbol)[];

/** `['timeline', 3, 'at']` -> `timeline[3].at`. */
export function formatFieldPath(path: FieldPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text === '' ? 'front matter' : text;
}

/** The one-line form every consumer prints: `path: field.path: message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** Stable order: by file, then line (problems without one last), then field. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) ||
      a.field.localeCompare(b.field) ||
      a.message.localeCompare(b.message),
  );
}
