import { describe, expect, it } from 'vitest';
import { changedFiles, changesTheCheck, type GitRunner } from '../../../../src/lib/check/changed-files.ts';

/** A git that answers from a table of `args -> output`, and fails for anything else. */
function fakeGit(answers: Record<string, string>): { git: GitRunner; calls: string[] } {
  const calls: string[] = [];
  const git: GitRunner = (args) => {
    const key = args.join(' ');
    calls.push(key);
    if (key in answers) return answers[key]!;
    throw Object.assign(new Error('failed'), { stderr: `fatal: not a valid object name: ${args[1]}\n` });
  };
  return { git, calls };
}

const BASE = {
  'rev-parse --is-inside-work-tree': 'true\n',
  'merge-base origin/main HEAD': 'abc123\n',
  'diff --name-only --relative --no-renames -z abc123 --': 'content/postmortems/a.mdx\0src/x.ts\0',
  'ls-files --others --exclude-standard -z': 'content/postmortems/new.mdx\0content/postmortems/a.mdx\0',
};

describe('changed files', () => {
  it('are the changes since the merge base with origin/main, plus untracked files, once each', () => {
    const { git } = fakeGit(BASE);
    expect(changedFiles(git)).toEqual({
      ok: true,
      base: 'origin/main',
      mergeBase: 'abc123',
      files: ['content/postmortems/a.mdx', 'content/postmortems/new.mdx', 'src/x.ts'],
    });
  });

  it('fall back to main when there is no origin/main', () => {
    const { 'merge-base origin/main HEAD': _, ...rest } = BASE;
    const { git } = fakeGit({ ...rest, 'merge-base main HEAD': 'abc123\n' });
    expect(changedFiles(git)).toMatchObject({ ok: true, base: 'main' });
  });

  it('use the base given', () => {
    const { git, calls } = fakeGit({ ...BASE, 'merge-base origin/release HEAD': 'abc123\n' });
    expect(changedFiles(git, 'origin/release')).toMatchObject({ ok: true, base: 'origin/release' });
    expect(calls).not.toContain('merge-base origin/main HEAD');
  });

  it('explain why when git cannot tell', () => {
    expect(changedFiles(fakeGit({}).git)).toEqual({
      ok: false,
      reason: 'git could not be used here (fatal: not a valid object name: --is-inside-work-tree)',
    });
    const noBase = changedFiles(fakeGit({ 'rev-parse --is-inside-work-tree': 'true' }).git, 'origin/main');
    expect(noBase.ok).toBe(false);
    expect(!noBase.ok && noBase.reason).toMatch(/no merge base with origin\/main .*fetch-depth: 0.*--base/);
  });

  it('mark changes to the schema or the check, which call for checking everything', () => {
    expect(changesTheCheck(['content/postmortems/a.mdx', 'README.md'])).toEqual([]);
    expect(changesTheCheck(['src/schema/postmortem.ts', 'src/lib/check/index.ts', 'package.json'])).toHaveLength(3);
  });
});
