import {
  rootCauseCategorySchema,
  serviceSchema,
  teamSchema,
  type Service,
  type TaxonomyEntry,
} from '../../schema/taxonomy.ts';
import { crossFileProblems } from './cross-file-rules.ts';
import { checkPostmortemFile, type CheckedPostmortem, type PostmortemFileContext } from './postmortem-file.ts';
import { sortProblems, type Problem } from './problem.ts';
import type { ArchiveSources } from './sources.ts';
import { checkTaxonomyFile } from './taxonomy-file.ts';

export { formatProblem, type Problem } from './problem.ts';
export type { ArchiveSources, SourceFile } from './sources.ts';

export interface CheckOptions {
  /** YYYY-MM-DD that open action items are judged overdue against; without it that warning is off. */
  today?: string;
  /**
   * Check only these files (paths as in the sources). Cross-file rules and the
   * taxonomies still cover the whole archive, and their problems are always
   * reported: a change to one file can break a reference in another.
   */
  files?: readonly string[];
  /** Report warnings as errors. */
  strict?: boolean;
}

export interface CheckResult {
  problems: Problem[];
  errorCount: number;
  warningCount: number;
  postmortems: CheckedPostmortem[];
  /** The postmortem files whose own rules were checked: all of them, or those of `files`. */
  checkedPostmortems: CheckedPostmortem[];
  /** The valid entries of content/services.yaml. */
  services: Service[];
  /** The valid entries of content/teams.yaml and content/root-causes.yaml. */
  teams: TaxonomyEntry[];
  rootCauses: TaxonomyEntry[];
}

/** What each postmortem file's own rules need besides its text. */
export function fileContext(sources: ArchiveSources, options: CheckOptions): PostmortemFileContext {
  const images = sources.images;
  return { imageExists: images ? (name: string) => images.has(name) : undefined, today: options.today };
}

/** The one check engine: every rule of the format, over every file, in one pass. */
export function checkArchive(sources: ArchiveSources, options: CheckOptions = {}): CheckResult {
  const context = fileContext(sources, options);
  return assembleCheck(
    sources,
    sources.postmortems.map((source) => checkPostmortemFile(source, context)),
    options,
  );
}

/**
 * The archive-wide part of the check, given every postmortem file's own
 * verdict (computed here, or in worker threads by check-in-parallel.ts).
 */
export function assembleCheck(
  sources: ArchiveSources,
  postmortems: CheckedPostmortem[],
  options: CheckOptions = {},
): CheckResult {
  const inScope = options.files ? new Set(options.files) : undefined;
  const isInScope = (file: string) => !inScope || inScope.has(file);

  const services = checkTaxonomyFile(sources.services, sources.taxonomyPaths.services, serviceSchema);
  const teams = checkTaxonomyFile(sources.teams, sources.taxonomyPaths.teams, teamSchema);
  const rootCauses = checkTaxonomyFile(sources.rootCauses, sources.taxonomyPaths.rootCauses, rootCauseCategorySchema);
  // Every file is checked, since cross-file rules need them all; per-file rules report for those in scope.
  const checkedPostmortems = postmortems.filter((postmortem) => isInScope(postmortem.file));

  const strayProblems: Problem[] = sources.strayFiles.filter(isInScope).map((file) => ({
    file,
    field: 'file name',
    message: /\.mdx$/.test(file)
      ? 'postmortems live directly in the postmortems folder, not in a subfolder; move it up so it is not silently left out'
      : 'is not loaded by the archive; postmortems are .mdx files (rename it to .mdx)',
    severity: 'error',
    line: 1,
  }));

  const refusedProblems: Problem[] = (sources.refusedFiles ?? []).map(({ path, reason }) => ({
    file: path,
    field: 'file',
    message: reason,
    severity: 'error',
    line: 1,
  }));

  const warnings = checkedPostmortems.flatMap((postmortem) => postmortem.warnings);
  const problems = sortProblems([
    ...services.problems,
    ...teams.problems,
    ...rootCauses.problems,
    ...strayProblems,
    ...refusedProblems,
    ...checkedPostmortems.flatMap((postmortem) => postmortem.problems),
    ...crossFileProblems(postmortems, { services, teams, rootCauses }, sources.taxonomyPaths),
    ...(options.strict ? warnings.map((warning): Problem => ({ ...warning, severity: 'error' })) : warnings),
  ]);
  return {
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
    postmortems,
    checkedPostmortems,
    services: services.entries,
    teams: teams.entries,
    rootCauses: rootCauses.entries,
  };
}
