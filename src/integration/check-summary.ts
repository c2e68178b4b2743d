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
