/**
 * The one reading of a postmortem file's shape: where its YAML front matter
 * starts and ends and where the body begins. The compiler never splits a
 * postmortem on its own: it compiles the module that `compiledModule` makes
 * from this split, so the check and the build see the same two parts.
 */
export interface SplitFile {
  yaml: string;
  /** 1-based line of the first YAML line. */
  yamlLine: number;
  /** Everything after the closing `---` line, byte for byte. */
  body: string;
  /** 1-based line of the first body line. */
  bodyLine: number;
}

export type SplitResult = { ok: true; split: SplitFile } | { ok: false; message: string; line: number };

const FENCE = '---';
/** Lines a reader could take for a fence: `--- `, `  ---`, `----`, `---x`, `...`, `+++`. */
const FENCE_LOOKALIKE = /^\s*(?:-{3}|\.{3}|\+{3})/;

/**
 * Splits a file whose first line is exactly `---` at the next line that is
 * exactly `---` (a trailing carriage return allowed). Anything a reader could
 * mistake for a fence is refused, never guessed at.
 */
export function splitFrontMatter(text: string): SplitResult {
  const rawLines = text.split('\n');
  const lines = rawLines.map((line) => line.replace(/\r$/, ''));
  if (lines[0] !== FENCE) {
    return {
      ok: false,
      line: 1,
      message: /^\uFEFF?\s*-{3}/.test(text)
        ? 'must start on the very first line with a line that is exactly "---" (no byte-order mark, blank lines or spaces before it)'
        : 'is missing: the file must start with a line "---", the YAML fields, and a closing "---"',
    };
  }
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === FENCE) {
      const bodyStart = rawLines.slice(0, index + 1).join('\n').length + 1;
      return {
        ok: true,
        split: {
          yaml: lines.slice(1, index).join('\n'),
          yamlLine: 2,
          body: text.slice(bodyStart),
          bodyLine: index + 2,
        },
      };
    }
    if (FENCE_LOOKALIKE.test(line)) {
      return {
        ok: false,
        line: index + 1,
        message: `line ${index + 1} ("${line.trim().slice(0, 20)}") looks like the end of the front matter but is not exactly "---"; close the front matter with a line that is exactly "---" and quote any value that starts with dashes, dots or plus signs`,
      };
    }
  }
  return { ok: false, line: 1, message: 'is not closed: add a line that is exactly "---" after the last field' };
}

/**
 * The module the MDX compiler is given for a postmortem: the body exactly as
 * split above, behind an empty front matter of the same height, so line
 * numbers still match the file. The compiler's own front-matter reader then
 * has nothing to read; the front matter reaches pages only through the
 * check's reading, in the content collection.
 */
export function compiledModule(split: SplitFile): string {
  return `${FENCE}\n${'\n'.repeat(split.bodyLine - 3)}${FENCE}\n${split.body}`;
}
