import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../../src/lib/check/index.ts';
import { placeholdersInFile } from '../../../../src/lib/check/placeholder-rules.ts';
import { archive, changed, FILE, postmortem } from './archive-builder.ts';

const WITH_PLACEHOLDERS = changed(
  'usersAffectedPercent: 33',
  'usersAffectedPercent: 33 # TODO: check against the logs',
  changed(
    'summary: A configuration change lowered the pool size and a third of checkouts failed.',
    'summary: "TODO: what broke, for whom"',
  ),
);

describe('template placeholders', () => {
  it('are allowed in a draft', () => {
    const draft = changed('status: published', 'status: draft', WITH_PLACEHOLDERS);
    expect(checkArchive(archive({ [FILE]: postmortem(draft) })).errorCount).toBe(0);
  });

  it('are errors once the postmortem is in review or published, on their line and field', () => {
    for (const status of ['review', 'published']) {
      const text = postmortem(changed('status: published', `status: ${status}`, WITH_PLACEHOLDERS));
      const errors = checkArchive(archive({ [FILE]: text })).problems.filter((problem) => problem.severity === 'error');
      const lines = text.split('\n');
      expect(errors.map((problem) => [problem.field, lines[problem.line! - 1]])).toEqual([
        ['summary', 'summary: "TODO: what broke, for whom"'],
        ['impact.usersAffectedPercent', '  usersAffectedPercent: 33 # TODO: check against the logs'],
      ]);
      expect(errors[0]!.message).toBe(
        `still holds a template placeholder ("TODO: what broke, for whom"): write the real value, or delete the TODO comment once the value is right; only a draft may keep placeholders (status is ${status})`,
      );
    }
  });

  it('are listed with their lines for the author', () => {
    expect(placeholdersInFile(postmortem(WITH_PLACEHOLDERS))).toEqual([
      { line: 3, field: 'summary', text: 'TODO: what broke, for whom' },
      { line: 14, field: 'impact.usersAffectedPercent', text: 'TODO: check against the logs' },
    ]);
  });

  it('name the list, not its entry, for a comment after a flow list', () => {
    const text = postmortem(changed('teams: [payments]', 'teams: [payments] # TODO: add others'));
    expect(placeholdersInFile(text).map((placeholder) => placeholder.field)).toEqual(['teams']);
  });
});
