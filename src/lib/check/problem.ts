/** A single finding of the check engine, tied to a file and a field. */
export interface Problem {
  /** File path as the author sees it, relative to the project root. */
  file: string;
  /** Field path such as `timeline[3].at`, or `front matter`, `body`, `file name`. */
  field: string;
  /** What is wrong and what would be valid. */
  message: string;
  /** A notice informs and never fails the check (the recurrence review). */
  severity: 'error' | 'warning' | 'notice';
  /** 1-based line in the file, where it could be found. */
  line?: number;
  /** For a warning: which rule found it (a key of WARNING_RULES), so a summary can count them by kind. */
  rule?: string;
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

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Control characters written as escapes, so a file name or value can never
 * start a new line in a log (or forge a CI command), colour a terminal, or
 * reorder what a reviewer reads (bidirectional overrides and isolates).
 */
export function escapeControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (character) => {
    return NAMED_ESCAPES[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/** The one-line form every consumer prints: `path: field.path: message`, always one line. */
export function formatProblem(problem: Problem): string {
  return escapeControl(`${problem.file}: ${problem.field}: ${problem.message}`);
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
