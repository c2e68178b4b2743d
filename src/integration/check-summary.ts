import { formatProblem, type CheckResult } from '../lib/check/index.ts';
import type { Postmortem } from '../schema/postmortem.ts';

/** What the build needs from the check, in a form that can cross a worker thread. */
export interface CheckSummary {
  /** `path: field: message` of every error. */
  errorLines: string[];
  /** Former ids, whose pages only redirect. */
  aliases: string[];
  /** Validated front matter by postmortem id, for the preview cards. */
  postmortems: [string, Postmortem][];
  serviceNames: [string, string][];
}

export function summarizeCheck(result: CheckResult): CheckSummary {
  return {
    errorLines: result.problems.filter((problem) => problem.severity === 'error').map(formatProblem),
    aliases: result.postmortems.flatMap((postmortem) => postmortem.data?.aliases ?? []),
    postmortems: result.postmortems.flatMap((postmortem) =>
      postmortem.data ? [[postmortem.id, postmortem.data]] : [],
    ),
    serviceNames: result.services.map((service) => [service.id, service.name]),
  };
}

/** The error the build stops with: the check's own lines, no stack trace. */
export function checkError(summary: CheckSummary): Error {
  const error = new Error(
    `${summary.errorLines.length} error(s) in the postmortems (same as \`npm run check\`):\n${summary.errorLines.join('\n')}`,
  );
  error.name = 'PostmortemCheckError';
  error.stack = `${error.name}: ${error.message}`;
  return error;
}
