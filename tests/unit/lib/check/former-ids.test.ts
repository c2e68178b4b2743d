import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../../src/lib/check/index.ts';
import { archive, changed, FILE, postmortem, ROOT_CAUSES, SERVICES, TEAMS } from './archive-builder.ts';

const RENAMED_CAUSES = ROOT_CAUSES.replace(
  '- id: config-change\n  name: Configuration change\n',
  '- id: configuration-error\n  name: Configuration error\n  formerIds: [config-change, misconfiguration]\n',
);
const RENAMED_TEAMS = TEAMS.replace('- id: payments\n', '- id: payments-platform\n  formerIds: [payments]\n');

/** The base fixture has warnings of its own (short body); these tests look at the rename warnings. */
const renameProblems = (result: ReturnType<typeof checkArchive>) =>
  result.problems.filter((problem) => problem.message.includes('was renamed to'));

function check(frontMatter: string, taxonomies: { rootCauses?: string; teams?: string; services?: string } = {}) {
  const sources = archive({ [FILE]: postmortem(frontMatter) });
  if (taxonomies.rootCauses) sources.rootCauses = { path: 'content/root-causes.yaml', text: taxonomies.rootCauses };
  if (taxonomies.teams) sources.teams = { path: 'content/teams.yaml', text: taxonomies.teams };
  if (taxonomies.services) sources.services = { path: 'content/services.yaml', text: taxonomies.services };
  return checkArchive(sources);
}

describe('a renamed taxonomy entry', () => {
  it('keeps an old postmortem valid, warns with the new id, and reads it under the new id', () => {
    const result = check(
      changed('contributingFactors: [software-bug]', 'contributingFactors: [software-bug, misconfiguration]'),
      { rootCauses: RENAMED_CAUSES },
    );
    expect(result.errorCount).toBe(0);
    const warnings = renameProblems(result);
    expect(warnings.every((warning) => warning.severity === 'warning')).toBe(true);
    expect(warnings.map((warning) => [warning.file, warning.field])).toEqual([
      [FILE, 'rootCause.category'],
      [FILE, 'contributingFactors[1]'],
    ]);
    expect(warnings[0]!.message).toContain('"config-change" was renamed to "configuration-error"');
    expect(warnings[0]!.line).toBe(18);
    const [read] = result.postmortems;
    expect(read!.data!.rootCause.category).toBe('configuration-error');
    expect(read!.data!.contributingFactors).toEqual(['software-bug', 'configuration-error']);
    expect((read!.raw!.rootCause as { category: string }).category).toBe('configuration-error');
  });

  it('resolves a service owner written with a former team id', () => {
    const result = check(changed('teams: [payments]', 'teams: [payments-platform]'), { teams: RENAMED_TEAMS });
    expect(result.errorCount).toBe(0);
    expect(renameProblems(result)).toEqual([
      expect.objectContaining({ file: 'content/services.yaml', field: '[0].team', severity: 'warning' }),
    ]);
    expect(result.services.find((service) => service.id === 'checkout')!.team).toBe('payments-platform');
  });

  it('is an error under --strict, like every warning', () => {
    const sources = archive({ [FILE]: postmortem() });
    sources.rootCauses = { path: 'content/root-causes.yaml', text: RENAMED_CAUSES };
    const result = checkArchive(sources, { strict: true });
    expect(renameProblems(result)).toEqual([
      expect.objectContaining({ field: 'rootCause.category', severity: 'error' }),
    ]);
  });

  it('counts an old and a new id in one list as the same entry listed twice', () => {
    const result = check(
      changed('teams: [payments]', 'teams: [payments-platform, payments]').replace('team: payments', 'team: x'),
      { teams: RENAMED_TEAMS, services: SERVICES.replace('team: payments', 'team: payments-platform') },
    );
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        field: 'teams[1]',
        severity: 'error',
        message: '"payments" and "payments-platform" are the same team',
      }),
    );
  });

  it('still reports an id that is neither current nor former', () => {
    const result = check(changed('category: config-change', 'category: config-chnge'), { rootCauses: RENAMED_CAUSES });
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        field: 'rootCause.category',
        severity: 'error',
        message: expect.stringMatching(/unknown/),
      }),
    );
  });
});

describe('formerIds in a taxonomy file', () => {
  const problemsOf = (rootCauses: string) =>
    check(changed('category: config-change', 'category: software-bug'), { rootCauses }).problems.filter(
      (problem) => problem.file === 'content/root-causes.yaml',
    );

  it('may not name an id an entry uses now', () => {
    const problems = problemsOf(
      ROOT_CAUSES.replace(
        '  name: Configuration change\n',
        '  name: Configuration change\n  formerIds: [software-bug]\n',
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: '[0].formerIds[0]',
        line: 3,
        message: '"software-bug" is the id of entry [1]; a former id must be one that no entry uses now',
      }),
    ]);
  });

  it('may point an old id to one entry only', () => {
    const problems = problemsOf(
      ROOT_CAUSES.replace(
        '  name: Configuration change\n',
        '  name: Configuration change\n  formerIds: [bugs]\n',
      ).replace('  name: Software defect\n', '  name: Software defect\n  formerIds: [bugs]\n'),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        field: '[1].formerIds[0]',
        message: '"bugs" is already a former id of entry [0]; an old id can point to one entry only',
      }),
    ]);
  });

  it('must hold ids', () => {
    const problems = problemsOf(
      ROOT_CAUSES.replace('  name: Software defect\n', '  name: Software defect\n  formerIds: [Bugs]\n'),
    );
    expect(problems).toEqual([
      expect.objectContaining({ field: '[1].formerIds[0]', message: expect.stringMatching(/lowercase/) }),
    ]);
  });
});
