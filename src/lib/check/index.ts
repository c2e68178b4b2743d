import {
  rootCauseCategorySchema,
  serviceSchema,
  teamSchema,
  type Service,
  type TaxonomyEntry,
} from '../../schema/taxonomy.ts';
import { crossFileProblems } from './cross-file-rules.ts';
import { withCurrentIds, type Renames } from './former-ids.ts';
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
  /** Every postmortem file, its front matter read with current taxonomy ids (former ids replaced). */
  postmortems: CheckedPostmortem[];
  /** The postmortem files whose own rules were checked: all of them, or those of `files`. */
  checkedPostmortems: CheckedPostmortem[];
  /** The valid entries of content/services.yaml. */
  services: Service[];
  /** The valid entries of content/teams.yaml and content/root-causes.yaml. */
  teams: TaxonomyEntry[];
  rootCauses: TaxonomyEntry[];
  /** Former taxonomy ids and the ids that replaced them. */
  renames: Renames;
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

  const crossFile = crossFileProblems(postmortems, { services, teams, rootCauses }, sources.taxonomyPaths);
  const warnings = [
    ...checkedPostmortems.flatMap((postmortem) => postmortem.warnings),
    // A former id is the file's own matter, reported like its other warnings.
    ...crossFile.filter((problem) => problem.severity === 'warning' && isInScope(problem.file)),
  ];
  const problems = sortProblems([
    ...services.problems,
    ...teams.problems,
    ...rootCauses.problems,
    ...strayProblems,
    ...refusedProblems,
    ...checkedPostmortems.flatMap((postmortem) => postmortem.problems),
    ...crossFile.filter((problem) => problem.severity === 'error'),
    ...(options.strict ? warnings.map((warning): Problem => ({ ...warning, severity: 'error' })) : warnings),
  ]);
  const renames: Renames = { services: services.renames, teams: teams.renames, rootCauses: rootCauses.renames };
  // Read from here on with current ids, so pages and charts count a renamed entry once.
  const current = new Map(
    postmortems.map((postmortem) => [
      postmortem,
      { ...postmortem, raw: withCurrentIds(postmortem.raw, renames), data: withCurrentIds(postmortem.data, renames) },
    ]),
  );
  return {
    problems,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
    warningCount: problems.filter((problem) => problem.severity === 'warning').length,
    postmortems: postmortems.map((postmortem) => current.get(postmortem)!),
    checkedPostmortems: checkedPostmortems.map((postmortem) => current.get(postmortem)!),
    services: services.entries.map((service) =>
      service.team ? { ...service, team: teams.renames.get(service.team) ?? service.team } : service,
    ),
    teams: teams.entries,
    rootCauses: rootCauses.entries,
    renames,
  };
}
