/**
 * The order `npm run check` prints in: every error first, then the warnings
 * of the files you are working on, then one line summing up the warnings of
 * every other file (`--warnings` lists them too).
 */
import { plural } from '../words.ts';
import type { Problem } from './problem.ts';
import { WARNING_RULES } from './warning-rules.ts';

export interface TextReport {
  errors: Problem[];
  /** Warnings listed one per line. */
  listed: Problem[];
  /** Warnings of other files, summed up in one line. */
  summed: Problem[];
}

/** `isYours` says which files are being worked on; without it every warning is listed. */
export function textReport(problems: readonly Problem[], isYours?: (file: string) => boolean): TextReport {
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  return {
    errors: problems.filter((problem) => problem.severity === 'error'),
    listed: isYours ? warnings.filter((problem) => isYours(problem.file)) : warnings,
    summed: isYours ? warnings.filter((problem) => !isYours(problem.file)) : [],
  };
}

/**
 * "14 warnings in 9 other postmortems (12 overdue action items, 2 …);
 * `npm run check -- --warnings` lists them.", or undefined when there are none.
 */
export function otherWarningsLine(warnings: readonly Problem[]): string | undefined {
  if (warnings.length === 0) return undefined;
  const byRule = new Map<string, number>();
  for (const warning of warnings) {
    const key = warning.rule ?? 'other';
    byRule.set(key, (byRule.get(key) ?? 0) + 1);
  }
  // Most common first; ties in the order the rules are declared.
  const order = Object.keys(WARNING_RULES);
  const rank = (rule: string) => (order.includes(rule) ? order.indexOf(rule) : order.length);
  const kinds = [...byRule]
    .sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]))
    .map(([rule, count]) => {
      const words = (WARNING_RULES as Record<string, readonly [string, string]>)[rule] ?? [
        'other warning',
        'other warnings',
      ];
      return plural(count, words[0], words[1]);
    });
  const files = new Set(warnings.map((warning) => warning.file)).size;
  return `${plural(warnings.length, 'warning')} in ${plural(files, 'other postmortem')} (${kinds.join(', ')}); \`npm run check -- --warnings\` lists them.`;
}
