/**
 * `npm run check` against hostile postmortems, one folder per defect class of
 * the trust issue and one folder with all of them: every hostile file is
 * refused by name and field, in one run, with no stack trace, and nothing in a
 * file name or message can forge a line of CI output.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTACK_CLASSES, hostileFiles, prepareContent, type AttackClass } from '../../support/attack-cases.ts';
import { errorLinesFor, RAW_CONTROL_CHARACTER, stackTraceLines } from '../../support/attack-output.ts';
import { PROJECT_ROOT } from '../../support/fixture-build.ts';

const CLI = join(PROJECT_ROOT, 'src/cli/check.ts');

function runCheck(contentDir: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      HINDSIGHT_CONTENT_DIR: contentDir,
      SOURCE_DATE_EPOCH: String(Date.UTC(2026, 0, 1) / 1000),
      INIT_CWD: PROJECT_ROOT,
    },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    output: `${result.stdout}\n${result.stderr}`,
  };
}

function expectRefusesEveryFile(label: string, classes: readonly AttackClass[]) {
  const { contentDir } = prepareContent(`check-${label}`, classes);
  const result = runCheck(contentDir);
  expect(result.status, result.output).toBe(1);
  const missing = hostileFiles(classes).filter((file) => errorLinesFor(result.stderr, file).length === 0);
  expect(
    missing.map((file) => `${JSON.stringify(file.name)} (${file.fields.join(' or ')})`),
    result.stderr,
  ).toEqual([]);
  expect(stackTraceLines(result.output)).toEqual([]);
  expect(result.output.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  expect(RAW_CONTROL_CHARACTER.test(result.output)).toBe(false);
}

describe('npm run check refuses each class of hostile postmortem', () => {
  for (const attack of ATTACK_CLASSES) {
    it(`${attack.name}: names every hostile file and its field, no stack trace`, () => {
      expectRefusesEveryFile(attack.name, [attack]);
    });
  }
});

describe('npm run check on every hostile file at once', () => {
  it('names every one of them in a single run: no bad file hides another', () => {
    expectRefusesEveryFile('combined', ATTACK_CLASSES);
  });
});

describe('dates the archive cannot render', () => {
  it('are refused with the range the archive renders', () => {
    const dates = ATTACK_CLASSES.find((attack) => attack.name === 'dates')!;
    const { contentDir } = prepareContent('check-dates-range', [dates]);
    const result = runCheck(contentDir);
    for (const file of dates.files) {
      const lines = errorLinesFor(result.stderr, file);
      expect(lines.length, `${file.name}\n${result.stderr}`).toBeGreaterThan(0);
      expect(lines.join('\n')).toMatch(/1970/);
      expect(lines.join('\n')).toMatch(/2100/);
    }
  });
});

describe('file names with control characters', () => {
  const fileNames = ATTACK_CLASSES.filter((attack) => attack.name === 'file-names');

  it('are shown escaped in the text output', () => {
    const { contentDir } = prepareContent('check-file-names-text', fileNames);
    const result = runCheck(contentDir);
    expect(result.stderr).toContain('2025-08-01-forged\\n::error file=README.md,line=1::forged.mdx');
    expect(result.output).not.toContain('\u001b');
    expect(result.output.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
  });

  it('cannot start a workflow command of their own with --format github', () => {
    const { contentDir } = prepareContent('check-file-names-github', fileNames);
    const result = runCheck(contentDir, ['--format', 'github']);
    expect(result.status).toBe(1);
    const commands = result.output.split('\n').filter((line) => line.startsWith('::'));
    // Each annotation is one whole line about a file of the archive; none is the forged one.
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((line) => !/^::(?:error|warning) file=\S*postmortems\//.test(line))).toEqual([]);
    expect(
      commands
        .filter((line) => line.includes('forged.mdx'))
        .every((line) => line.includes('forged\\n::error') || line.includes('%0A')),
    ).toBe(true);
    expect(result.output).not.toContain('\u001b');
  });
});
