import { spawnSync } from 'node:child_process';
import { appendFileSync, closeSync, cpSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;
const CLI = join(ROOT, 'src/cli/check.ts');
// 2026-01-01, as the build tests use: "Alert on duplicate route assignments" (due 2025-12-15) is overdue.
const EPOCH = String(Date.UTC(2026, 0, 1) / 1000);

function runCheck(
  contentDir: string,
  args: string[] = [],
  options: { cwd?: string; env?: Record<string, string> } = {},
) {
  return spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      HINDSIGHT_CONTENT_DIR: contentDir,
      SOURCE_DATE_EPOCH: EPOCH,
      // As npm sets it: file names are read relative to where the command was typed.
      INIT_CWD: options.cwd ?? ROOT,
      ...options.env,
    },
  });
}

const BASIC = 'tests/fixtures/basic/content';
const INVALID = 'tests/fixtures/invalid/content';
const MISTAKES = `${INVALID}/postmortems/2025-03-01-three-mistakes.mdx`;
const DST = `${BASIC}/postmortems/2025-11-02-scheduler-dst.mdx`;

describe('npm run check', () => {
  it('prints every error as path: field: message, no stack trace, and exits 1', () => {
    const result = runCheck(INVALID);
    expect(result.status).toBe(1);
    const file = MISTAKES;
    expect(result.stderr).toContain(`${file}: severity: must be one of SEV1, SEV2, SEV3, SEV4; got "SEV5"`);
    expect(result.stderr).toContain(`${file}: services[0]: unknown service "chekout"`);
    expect(result.stderr).toContain(
      `${file}: timeline[0].at: has no UTC offset; at that date and time Europe/Berlin is at +01:00, so write "2025-03-01T10:00:00+01:00"`,
    );
    expect(result.stderr).toMatch(/3 errors in 2 postmortems\.\s*$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 0 when clean, ending with a one-line summary after the warnings', () => {
    const result = runCheck(BASIC, ['--warnings']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe(`Checked 3 postmortems in ${BASIC}/: no errors, ${lines.length - 1} warnings.`);
    expect(lines.slice(0, -1).every((line) => line.startsWith(`warning: ${BASIC}/postmortems/`))).toBe(true);
  });

  it('accepts the example archive', () => {
    const result = runCheck('content');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('warnings', () => {
  it('prints them as "warning: path: field: message" and does not fail', () => {
    const result = runCheck(BASIC, ['--warnings']);
    expect(result.stdout).toContain(
      `warning: ${DST}: actionItems[1].due: "Alert on duplicate route assignments" was due 2025-12-15 and is still open (as of 2026-01-01)`,
    );
    expect(result.stdout).toMatch(/warning: \S+scheduler-dst\.mdx: learnings: has 1 learning; aim for at least 3/);
  });

  it('judges overdue items as of --today', () => {
    const result = runCheck(BASIC, ['--today', '2025-12-01', '--warnings']);
    expect(result.stdout).not.toContain('Alert on duplicate route assignments');
  });

  it('fail with --strict, printed as errors', () => {
    const result = runCheck(BASIC, ['--strict']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${DST}: actionItems[1].due: "Alert on duplicate route assignments" was due`);
    expect(result.stdout).not.toContain('warning:');
    expect(result.stderr).toMatch(/\d+ errors in 3 postmortems \(--strict: warnings count as errors\)\.\s*$/);
  });
});

describe('--format github', () => {
  it('prints an error annotation on the line of each offending field', () => {
    const result = runCheck(INVALID, ['--format', 'github']);
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      `::error file=${MISTAKES},line=4,title=severity::must be one of SEV1, SEV2, SEV3, SEV4; got "SEV5"`,
    );
    expect(lines).toContain(
      `::error file=${MISTAKES},line=16,title=timeline[0].at::has no UTC offset; at that date and time Europe/Berlin is at +01:00, so write "2025-03-01T10:00:00+01:00"`,
    );
    expect(readFileSync(join(ROOT, MISTAKES), 'utf8').split('\n')[3]).toBe('severity: SEV5');
  });

  it('prints warnings as warning annotations and exits 0', () => {
    const result = runCheck(BASIC, ['--format', 'github']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      `::warning file=${DST},line=45,title=actionItems[1].due::"Alert on duplicate route assignments" was due 2025-12-15`,
    );
    expect(readFileSync(join(ROOT, DST), 'utf8').split('\n')[44]).toBe('    due: 2025-12-15');
  });

  it('writes every problem to the job summary when GitHub provides one', () => {
    const directory = mkdtempSync(join(tmpdir(), 'hindsight-summary-'));
    try {
      const summary = join(directory, 'summary.md');
      writeFileSync(summary, '');
      runCheck(INVALID, ['--format', 'github'], { env: { GITHUB_STEP_SUMMARY: summary } });
      const text = readFileSync(summary, 'utf8');
      expect(text).toContain('### 3 errors in 2 postmortems.');
      expect(text).toContain(`| ❌ | \`${MISTAKES}\` | 4 | \`severity\` |`);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('checking some files', () => {
  it('checks only the files given, and says so', () => {
    const result = runCheck(BASIC, [DST, '--today', '2026-01-01']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('2025-01-14-checkout-pool.mdx');
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(
      /^Checked 1 of 3 postmortems in .*: no errors, \d+ warnings\.$/,
    );
    // The file named is yours: its warnings are listed, and no other file's are reported.
    expect(result.stdout).toContain(`warning: ${DST}: learnings:`);
    expect(result.stdout).not.toContain('other postmortem');
  });

  it('reads file names relative to where npm was run', () => {
    const result = runCheck(BASIC, ['postmortems/2025-11-02-scheduler-dst.mdx'], {
      env: { INIT_CWD: join(ROOT, BASIC) },
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Checked 1 of 3 postmortems/);
  });

  it('rejects a file that is not part of the archive, with exit 2', () => {
    expect(runCheck(BASIC, ['README.md']).status).toBe(2);
    const missing = runCheck(BASIC, [`${BASIC}/postmortems/nope.mdx`]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('rejects an unknown option or format with exit 2 and the usage', () => {
    const result = runCheck(BASIC, ['--format', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--format must be "text" or "github"');
    expect(result.stderr).toContain('Usage: npm run check');
  });
});

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A repository whose main branch holds the basic fixture, on a branch "work". */
function repository(): { cwd: string; git: (...args: string[]) => void } {
  const cwd = mkdtempSync(join(tmpdir(), 'hindsight-changed-'));
  directories.push(cwd);
  cpSync(join(ROOT, BASIC), join(cwd, 'content'), { recursive: true });
  const git = (...args: string[]) => {
    const result = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
      cwd,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(result.stderr);
  };
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'archive');
  git('checkout', '-q', '-b', 'work');
  return { cwd, git };
}

describe('--changed', () => {
  it('checks the files changed since the merge base, committed or not', () => {
    const { cwd, git } = repository();
    const pool = join(cwd, 'content/postmortems/2025-01-14-checkout-pool.mdx');
    writeFileSync(pool, readFileSync(pool, 'utf8').replace('severity: SEV2', 'severity: SEV9'));
    git('commit', '-q', '-am', 'break it');
    // Not committed yet: a new file, and a change to the draft.
    writeFileSync(join(cwd, 'content/postmortems/2026-03-01-new.mdx'), readFileSync(pool, 'utf8'));
    const draft = join(cwd, 'content/postmortems/2026-02-01-draft-incident.mdx');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('title:', 'titel: x\ntitle:'));
    const result = runCheck('content', ['--changed', '--base', 'main', '--format', 'github'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      '::error file=content/postmortems/2025-01-14-checkout-pool.mdx,line=4,title=severity::',
    );
    expect(result.stdout).toContain('::error file=content/postmortems/2026-03-01-new.mdx,line=4,title=severity::');
    expect(result.stdout).toContain(
      '::error file=content/postmortems/2026-02-01-draft-incident.mdx,line=2,title=titel::',
    );
    // The copy also claims the original's alias: a cross-file rule, reported on the new file.
    expect(result.stdout).toContain('::error file=content/postmortems/2026-03-01-new.mdx,line=38,title=aliases[0]::');
    expect(result.stderr).toMatch(/4 errors in 3 postmortems\.\s*$/);
    // The unchanged file's warnings are not repeated on this pull request.
    expect(result.stdout).not.toContain('2025-11-02-scheduler-dst.mdx');
  });

  it('still reports a cross-file error in an unchanged file that the change caused', () => {
    const { cwd, git } = repository();
    git('rm', '-q', 'content/postmortems/2025-01-14-checkout-pool.mdx');
    const result = runCheck('content', ['--changed', '--base', 'main'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'content/postmortems/2025-11-02-scheduler-dst.mdx: related[0]: no postmortem has the id "2025-01-14-checkout-pool"',
    );
  });

  it('reports nothing to check on a branch that changed no postmortem', () => {
    const { cwd } = repository();
    const result = runCheck('content', ['--changed', '--base', 'main'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('Checked 0 of 3 postmortems changed since main in content/: no errors.');
  });

  it('falls back to every file, with a note, when git cannot tell', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hindsight-nogit-'));
    directories.push(cwd);
    cpSync(join(ROOT, BASIC), join(cwd, 'content'), { recursive: true });
    const result = runCheck('content', ['--changed'], { cwd, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/--changed: git could not be used here .*; checking every file instead\./);
    expect(result.stdout).toMatch(/Checked 3 postmortems in content\/: no errors/);
  });
});

/** Both output streams in the order they were written, as a terminal shows them. */
function runCheckInOrder(contentDir: string, args: string[], cwd: string): { status: number | null; lines: string[] } {
  const directory = mkdtempSync(join(tmpdir(), 'hindsight-output-'));
  directories.push(directory);
  const output = join(directory, 'output.txt');
  const fd = openSync(output, 'w');
  try {
    const result = spawnSync(process.execPath, [CLI, ...args], {
      cwd,
      stdio: ['ignore', fd, fd],
      env: { ...process.env, HINDSIGHT_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: EPOCH, INIT_CWD: cwd },
    });
    return { status: result.status, lines: readFileSync(output, 'utf8').trimEnd().split('\n') };
  } finally {
    closeSync(fd);
  }
}

describe('what is printed first', () => {
  const POOL = 'content/postmortems/2025-01-14-checkout-pool.mdx';
  const DRAFT = 'content/postmortems/2026-02-01-draft-incident.mdx';
  const OTHER = 'content/postmortems/2025-11-02-scheduler-dst.mdx';

  /** On the branch: an error in the draft and a new sentence in the pool postmortem; the DST one untouched. */
  function workInProgress(): string {
    const { cwd, git } = repository();
    const draft = join(cwd, DRAFT);
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('title:', 'titel: x\ntitle:'));
    git('commit', '-q', '-am', 'start the draft');
    appendFileSync(join(cwd, POOL), '\nAnd alert on it.\n');
    return cwd;
  }

  it("is every error, then the warnings of your files, then the other files' warnings in one line", () => {
    const cwd = workInProgress();
    const { status, lines } = runCheckInOrder('content', [], cwd);
    expect(status).toBe(1);
    expect(lines).toEqual([
      `${DRAFT}: titel: is not a field of the postmortem format here; did you mean "title"?`,
      expect.stringMatching(new RegExp(`^warning: ${POOL}: services\\[0\\]: service "shop-checkout" was renamed`)),
      expect.stringMatching(new RegExp(`^warning: ${POOL}: learnings: has 1 learning`)),
      expect.stringMatching(new RegExp(`^warning: ${POOL}: body: has \\d+ words of prose`)),
      '3 warnings in 1 other postmortem (1 overdue action item, 1 body outside 400-600 words, 1 postmortem with fewer than 3 learnings); `npm run check -- --warnings` lists them.',
      '',
      '1 error in 3 postmortems.',
    ]);
  });

  it('lists every warning with --warnings, after the errors', () => {
    const cwd = workInProgress();
    const { lines } = runCheckInOrder('content', ['--warnings'], cwd);
    expect(lines[0]).toMatch(new RegExp(`^${DRAFT}: titel:`));
    expect(lines.filter((line) => line.startsWith('warning: '))).toHaveLength(6);
    expect(lines.filter((line) => line.startsWith(`warning: ${OTHER}: `))).toHaveLength(3);
    expect(lines.join('\n')).not.toContain('--warnings` lists them');
    expect(lines.slice(-4)).toEqual(['', '6 warnings.', '', '1 error in 3 postmortems.']);
  });

  it('sums up every warning when none of the files changed, and still counts them in the last line', () => {
    const { cwd } = repository();
    const { status, lines } = runCheckInOrder('content', [], cwd);
    expect(status).toBe(0);
    expect(lines).toEqual([
      '6 warnings in 2 other postmortems (2 bodies outside 400-600 words, 2 postmortems with fewer than 3 learnings, 1 overdue action item, 1 former id still in use); `npm run check -- --warnings` lists them.',
      'Checked 3 postmortems in content/: no errors, 6 warnings.',
    ]);
  });

  it('lists every warning outside git, where it cannot tell whose files are whose', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hindsight-nogit-'));
    directories.push(cwd);
    cpSync(join(ROOT, BASIC), join(cwd, 'content'), { recursive: true });
    const result = runCheck('content', [], { cwd, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
    expect(result.stdout.split('\n').filter((line) => line.startsWith('warning: '))).toHaveLength(6);
    expect(result.stdout).not.toContain('other postmortem');
  });

  it("is unchanged with --format github: an annotation for every problem, other files' warnings included", () => {
    const cwd = workInProgress();
    const result = runCheck('content', ['--format', 'github'], { cwd });
    expect(result.status).toBe(1);
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations.filter((line) => line.startsWith('::error '))).toHaveLength(1);
    expect(annotations.filter((line) => line.startsWith(`::warning file=${OTHER},`))).toHaveLength(3);
    expect(annotations).toHaveLength(7);
  });
});
