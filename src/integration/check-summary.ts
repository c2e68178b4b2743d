import type { CheckResult } from '../lib/check/index.ts';
import type { Postmortem } from '../schema/postmortem.ts';

/** What the end of the build needs about the archive, as plain data. */
export interface CheckSummary {
  /** Former ids, whose pages only redirect. */
  aliases: string[];
  /** Paths of renamed taxonomy entries' old pages ("services/old-id/"), which only redirect. */
  formerGroupPaths: string[];
  /** Validated front matter by postmortem id, for the preview cards. */
  postmortems: [string, Postmortem][];
  serviceNames: [string, string][];
}

/** The summary of a check that passed: the build gate's result, so nothing is read or parsed again. */
export function summarizeCheck(result: CheckResult): CheckSummary {
  const postmortems = result.postmortems.flatMap(({ id, data }): [string, Postmortem][] => (data ? [[id, data]] : []));
  return {
    aliases: postmortems.flatMap(([, data]) => data.aliases ?? []),
    formerGroupPaths: [
      ...[...result.renames.services.keys()].map((id) => `services/${id}/`),
      ...[...result.renames.teams.keys()].map((id) => `teams/${id}/`),
      ...[...result.renames.rootCauses.keys()].map((id) => `root-causes/${id}/`),
    ],
    postmortems,
    serviceNames: result.services.map((service) => [service.id, service.name]),
  };
}
