/**
 * Problems as GitHub Actions workflow commands, which GitHub shows as
 * annotations on the pull request's files:
 * `::error file=<path>,line=<n>,title=<field>::<message>`.
 */
import { escapeControl, type Problem } from './problem.ts';

/**
 * Escapes a command's message: GitHub decodes %25, %0D and %0A; other control
 * characters (which could colour or rewrite a log line) become visible escapes.
 */
export function escapeData(text: string): string {
  return escapeControl(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a property value, where `:` and `,` separate properties too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One problem as an annotation; without a known line GitHub annotates the file as a whole. */
export function formatGithubAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line !== undefined) properties.push(`line=${problem.line}`);
  properties.push(`title=${escapeProperty(problem.field)}`);
  return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.message)}`;
}

/** Text in a table cell, where a message may quote a file: links, images and emphasis stay text. */
function markdownCell(text: string): string {
  return escapeControl(text)
    .replace(/\\/g, '\\\\')
    .replace(/[|[\]()!*_`~#]/g, (character) => `\\${character}`)
    .replace(/[<>&]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Text in a code span inside a table cell: nothing is read as Markdown there but a backtick and the cell's `|`. */
function codeCell(text: string): string {
  return escapeControl(text).replace(/`/g, "'").replace(/\|/g, '\\|');
}

/**
 * A Markdown table of every problem for the job summary: GitHub shows only
 * the first few annotations of each kind on a pull request, the summary has them all.
 */
export function formatStepSummary(problems: readonly Problem[], headline: string): string {
  const lines = [`### ${markdownCell(headline)}`, ''];
  if (problems.length > 0) {
    lines.push('| | file | line | field | problem |', '| --- | --- | --- | --- | --- |');
    for (const problem of problems) {
      lines.push(
        `| ${problem.severity === 'error' ? '❌' : '⚠️'} | \`${codeCell(problem.file)}\` | ${problem.line ?? ''} | \`${codeCell(problem.field)}\` | ${markdownCell(problem.message)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
