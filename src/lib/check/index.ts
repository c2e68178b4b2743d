import { rootCauseCategorySchema, serviceSchema, teamSchema } from '../../schema/taxonomy.ts';
import { crossFileProblems } from './cross-file-rules.ts';
import { checkPostmortemFile, type CheckedPostmortem } from './postmortem-file.ts';
import { sortProblems, type Problem } from './problem.ts';
import type { ArchiveSources } from './sources.ts';
import { checkTaxonomyFile } from './taxonomy-file.ts';

export { formatProblem, type Problem } from './problem.ts';
export type { ArchiveSources, SourceFile } from './sources.ts';

export interface CheckResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  postmortems: CheckedPostmortem[];
}

/** The one check engine: every rule of the format, over every file, in one pass. */
export function checkArchive(sources: ArchiveSources): CheckResult {
  const services = checkTaxonomyFile(sources.services, sources.taxonomyPaths.services, serviceSchema);
  const teams = checkTaxonomyFile(sources.teams, sources.taxonomyPaths.teams, teamSchema);
  const rootCauses = checkTaxonomyFile(sources.rootCauses, sources.taxonomyPaths.rootCauses, rootCauseCategorySchema);
  const postmortems = sources.postmortems.map(checkPostmortemFile);

  const strayProblems: Problem[] = sources.strayFiles.map((file) => ({
    file,
    field: 'file name',
    message: /\.mdx$/.test(file)
      ? 'postmortems live directly in the postmortems folder, not in a subfolder; move it up so it is not silently left out'
      : 'is not loaded by the archive; postmortems are .mdx files (rename it to .mdx)',
    severity: 'error',
  }));

  const problems = sortProblems([
    ...services.problems,
    ...teams.problems,
    ...rootCauses.problems,
    ...strayProblems,
    ...postmortems.flatMap((postmortem) => postmortem.problems),
    ...crossFileProblems(postmortems, { services, teams, rootCauses }, sources.taxonomyPaths),
  ]);
  return {
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
    postmortems,
  };
}
