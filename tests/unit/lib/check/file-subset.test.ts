import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../../src/lib/check/index.ts';
import { archive, changed, FILE, postmortem } from './archive-builder.ts';

const OTHER = 'content/postmortems/2025-02-01-other.mdx';
const broken = postmortem(changed('severity: SEV2', 'severity: SEV9'));

describe('checking a subset of files', () => {
  it('reports the per-file rules of the given files only', () => {
    const sources = archive({ [FILE]: postmortem(), [OTHER]: broken });
    expect(checkArchive(sources, { files: [FILE] }).errorCount).toBe(0);
    const other = checkArchive(sources, { files: [OTHER] });
    expect(other.problems.map((problem) => [problem.file, problem.field])).toEqual([[OTHER, 'severity']]);
    expect(other.checkedPostmortems.map((checked) => checked.file)).toEqual([OTHER]);
    expect(other.postmortems).toHaveLength(2);
  });

  it('still runs the cross-file rules over the whole archive, wherever they report', () => {
    // The subset names a related postmortem that exists only outside the subset: fine.
    const related = postmortem(changed('tags: [postgres]', 'tags: [postgres]\nrelated: [2025-02-01-other]'));
    expect(checkArchive(archive({ [FILE]: related, [OTHER]: postmortem() }), { files: [FILE] }).errorCount).toBe(0);
    // An alias claimed twice is reported on the later file even when only the earlier one is checked.
    const alias = postmortem(changed('tags: [postgres]', 'tags: [postgres]\naliases: [old-pool]'));
    const result = checkArchive(archive({ [FILE]: alias, [OTHER]: alias }), { files: [FILE] });
    expect(
      result.problems.filter((problem) => problem.severity === 'error').map((problem) => [problem.file, problem.field]),
    ).toEqual([[OTHER, 'aliases[0]']]);
  });

  it('reports unloadable files only when they are in the subset', () => {
    const sources = archive({ [FILE]: postmortem() }, { strayFiles: ['content/postmortems/old.md'] });
    expect(checkArchive(sources, { files: [FILE] }).errorCount).toBe(0);
    expect(checkArchive(sources, { files: ['content/postmortems/old.md'] }).errorCount).toBe(1);
  });

  it('always reports taxonomy problems, which affect every postmortem', () => {
    const sources = archive({ [FILE]: postmortem() }, { teams: undefined });
    expect(checkArchive(sources, { files: [] }).problems.map((problem) => problem.file)).toEqual([
      'content/teams.yaml',
    ]);
  });
});
