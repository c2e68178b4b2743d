/**
 * The recurrence review of `npm run check`: for each postmortem checked, the
 * earlier incidents that failed for the same reason on the same service or
 * team, and what they promised that is still unfinished. Notices inform the
 * author and reviewers; they never fail the check.
 */
import { buildIncidentArchive } from '../incident/archive.ts';
import { recurrenceLinks } from '../incident/recurrence-links.ts';
import { recurrenceNotice } from '../incident/recurrence-notice.ts';
import type { CheckResult } from './index.ts';
import { lineOfField } from './postmortem-file.ts';
import type { Problem } from './problem.ts';

export function recurrenceReview(
  result: Pick<CheckResult, 'postmortems' | 'checkedPostmortems' | 'services' | 'teams' | 'rootCauses'>,
  options: { today: string; windowDays: number; isReviewed?: (file: string) => boolean },
): Problem[] {
  const reviewed = result.checkedPostmortems.filter(
    (postmortem) => !options.isReviewed || options.isReviewed(postmortem.file),
  );
  // Nothing to speak to (a check with no changed postmortem): the archive need not be linked at all.
  if (reviewed.length === 0) return [];
  const readable = result.postmortems.filter((postmortem) => postmortem.data && postmortem.problems.length === 0);
  const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  const archive = buildIncidentArchive(
    readable.map((postmortem) => ({ id: postmortem.id, data: postmortem.data! })),
    { services: byId(result.services), teams: byId(result.teams), rootCauses: byId(result.rootCauses) },
    { base: '/', contentDir: '' },
  );
  const links = recurrenceLinks(archive.incidents, options);
  return reviewed.flatMap((postmortem) =>
    (links.earlier.get(postmortem.id) ?? []).map((link): Problem => ({
      file: postmortem.file,
      field: link.sameCategory ? 'rootCause.category' : 'contributingFactors',
      message: recurrenceNotice(link, archive.names),
      severity: 'notice',
      line: lineOfField(postmortem, link.sameCategory ? ['rootCause', 'category'] : ['contributingFactors']),
    })),
  );
}
