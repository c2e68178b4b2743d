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

function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/\r?\n/g, ' ');
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
        `| ${problem.severity === 'error' ? '❌' : '⚠️'} | \`${markdownCell(problem.file)}\` | ${problem.line ?? ''} | \`${markdownCell(problem.field)}\` | ${markdownCell(problem.message)} |`,
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}
