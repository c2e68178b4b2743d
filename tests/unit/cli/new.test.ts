import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;
const directories: string[] = [];

/** A project folder with the example archive's taxonomies and no postmortems. */
function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'hindsight-new-'));
  directories.push(cwd);
  mkdirSync(join(cwd, 'content/postmortems'), { recursive: true });
  for (const file of ['services.yaml', 'teams.yaml', 'root-causes.yaml']) {
    cpSync(join(ROOT, 'content', file), join(cwd, 'content', file));
  }
  return cwd;
}

function run(cwd: string, script: 'new' | 'check', args: string[], input?: string) {
  return spawnSync(process.execPath, [join(ROOT, `src/cli/${script}.ts`), ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, HINDSIGHT_CONTENT_DIR: 'content', SOURCE_DATE_EPOCH: String(Date.UTC(2025, 2, 2) / 1000) },
  });
}

const FLAGS = [
  '--title',
  'Checkout failed for 1 in 3 customers',
  '--severity',
  'SEV2',
  '--service',
  'checkout',
  '--started',
  '2025-03-01T14:05:00+01:00',
  '--timezone',
  'Europe/Berlin',
  '--yes',
];
const PATH = 'content/postmortems/2025-03-01-checkout-failed-1-3-customers.mdx';

afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('npm run new with flags', () => {
  it('writes a draft, prints its path, and the draft passes npm run check', () => {
    const cwd = project();
    const result = run(cwd, 'new', FLAGS);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${PATH}\n`);
    const text = readFileSync(join(cwd, PATH), 'utf8');
    expect(text).toMatch(/^status: draft$/m);
    expect(text).toContain('title: "Checkout failed for 1 in 3 customers"');
    expect(result.stderr).toContain('Next:');
    expect(result.stderr).toMatch(new RegExp(`\\n +${PATH}:9 +summary: TODO: what broke`));
    expect(result.stderr).toContain('http://localhost:4321/postmortems/2025-03-01-checkout-failed-1-3-customers/');
    const check = run(cwd, 'check', []);
    // Outside git (this temporary project) the only line on stderr says the recurrence review needs named files.
    expect(check.stderr.trim()).toMatch(/^The recurrence review needs to know which postmortems are yours[^\n]*$/);
    expect(check.status).toBe(0);
    expect(check.stdout).toBe('Checked 1 postmortem in content/: no errors.\n');
  });

  it('accepts repeated --service and --team, wall-clock times in the zone, and the other answers', () => {
    const cwd = project();
    const result = run(cwd, 'new', [
      ...FLAGS.filter((flag) => !['--started', '2025-03-01T14:05:00+01:00'].includes(flag)),
      '--started',
      '2025-07-01 14:05',
      '--detected',
      '2025-07-01 14:20',
      '--service',
      'payments',
      '--team',
      'payments',
      '--team',
      'platform',
      '--detected-by',
      'customer',
      '--author',
      'priya',
      '--slug',
      'pool',
    ]);
    expect(result.status).toBe(0);
    const text = readFileSync(join(cwd, 'content/postmortems/2025-07-01-pool.mdx'), 'utf8');
    expect(text).toContain('services: [checkout, payments]\n');
    expect(text).toContain('teams: [payments, platform]\n');
    expect(text).toContain('  - at: "2025-07-01T14:20:00+02:00"\n    kind: detected');
    expect(text).toContain('detectedBy: customer\n');
    expect(text).toContain('authors: [priya]\n');
  });

  it('never overwrites a file', () => {
    const cwd = project();
    run(cwd, 'new', FLAGS);
    writeFileSync(join(cwd, PATH), 'mine');
    const again = run(cwd, 'new', FLAGS);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      `${PATH} already exists; nothing was written. Pick another name with --slug <slug>.`,
    );
    expect(readFileSync(join(cwd, PATH), 'utf8')).toBe('mine');
  });

  it('rejects unknown ids and missing answers, listing the known ids, and writes nothing', () => {
    const cwd = project();
    const result = run(cwd, 'new', ['--title', 'x', '--service', 'chekout', '--team', 'zzzz', '--yes']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'unknown service "chekout" (not in content/services.yaml); did you mean "checkout"?',
    );
    expect(result.stderr).toContain(
      'unknown team "zzzz" (not in content/teams.yaml); known: platform, payments, fulfillment',
    );
    expect(result.stderr).toContain('--severity is required');
    expect(result.stderr).toContain('--timezone is required');
    expect(result.stderr).toContain('--started is required');
    expect(readdirSync(join(cwd, 'content/postmortems'))).toEqual([]);
  });

  it('prints the draft instead with --dry-run', () => {
    const cwd = project();
    const result = run(cwd, 'new', [...FLAGS, '--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^---\n/);
    expect(existsSync(join(cwd, PATH))).toBe(false);
  });
});

describe('npm run new, asking', () => {
  it('asks for what the flags did not give, again after a wrong answer, and offers defaults', () => {
    const cwd = project();
    const answers = [
      'Search results were empty for EU shoppers',
      'SEV5', // wrong: asked again
      '3',
      'serch', // wrong: did-you-mean, asked again
      'search',
      '', // teams: the owners of search
      'Europe/Berlin',
      '2026-03-29 02:30', // skipped by DST: asked again
      '2026-03-29 03:10',
      '2026-03-29 03:20',
      '', // mitigated: later
      '2', // customer
      'software-bug',
      'marcus',
    ];
    const result = run(cwd, 'new', [], `${answers.join('\n')}\n`);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('did you mean "search"?');
    expect(result.stderr).toContain('the clocks skipped it');
    const path = result.stdout.trim();
    expect(path).toBe('content/postmortems/2026-03-29-search-results-were-empty-eu-shoppers.mdx');
    const text = readFileSync(join(cwd, path), 'utf8');
    expect(text).toContain('severity: SEV3\n');
    expect(text).toMatch(/^teams: \[discovery\]/m);
    expect(text).toContain('  - at: "2026-03-29T03:10:00+02:00"\n    kind: started');
    expect(text).toContain('detectedBy: customer\n');
    expect(text).toContain('  category: software-bug\n');
    expect(text).toContain('authors: [marcus]\n');
    expect(run(cwd, 'check', []).status).toBe(0);
  });

  it('checks each time against the ones before it and asks again, keeping every other answer', () => {
    const cwd = project();
    const answers = [
      'Search results were empty for EU shoppers',
      '3',
      'serch', // a typo: its correction is offered as the default
      '', // takes "search"
      '',
      'Europe/Berlin',
      '2026-03-04 14:21',
      '2026-03-04 14:05', // before it started: asked again
      '2026-03-04 14:25',
      '2026-03-04 14:20', // before it was detected: asked again
      '2026-03-04 15:00',
      '2',
      'software-bug',
      'marcus',
    ];
    const result = run(cwd, 'new', [], `${answers.join('\n')}\n`);
    expect(result.stderr).toContain(
      '  "detected" (2026-03-04T14:05:00+01:00) is before "started" (2026-03-04T14:21:00+01:00); the order must be started <= detected <= mitigated <= resolved\n  Give a time at or after 2026-03-04 14:21 (Europe/Berlin), when it was started.\nWhen was it detected? (Enter: later): 2026-03-04 14:25\n',
    );
    expect(result.stderr).toContain('Give a time at or after 2026-03-04 14:25 (Europe/Berlin), when it was detected.');
    expect(result.stderr).toContain('Affected services (ids or numbers, comma-separated) [search]: \n');
    expect(result.status).toBe(0);
    const text = readFileSync(join(cwd, result.stdout.trim()), 'utf8');
    expect(text).toContain('services: [search]\n');
    expect(text).toContain('  - at: "2026-03-04T14:25:00+01:00"\n    kind: detected');
    expect(text).toContain('  - at: "2026-03-04T15:00:00+01:00"\n    kind: mitigated');
  });

  it('asks again for a flag that does not pass, instead of failing after the questions', () => {
    const cwd = project();
    const flags = FLAGS.filter((flag) => flag !== '--yes').map((flag) => (flag === 'SEV2' ? 'SEV5' : flag));
    const result = run(
      cwd,
      'new',
      [...flags, '--detected', '2025-03-01 13:00'],
      '2\n\n2025-03-01 14:30\n\n\n\nmarcus\n',
    );
    expect(result.stderr).toContain('severity must be one of SEV1, SEV2, SEV3, SEV4 (SEV1 is the worst); got "SEV5"');
    expect(result.stderr).toContain('"detected" (2025-03-01T13:00:00+01:00) is before "started"');
    expect(result.status).toBe(0);
    const text = readFileSync(join(cwd, PATH), 'utf8');
    expect(text).toContain('severity: SEV2\n');
    expect(text).toContain('  - at: "2025-03-01T14:30:00+01:00"\n    kind: detected');
  });

  it('takes flags and asks only for the rest', () => {
    const cwd = project();
    const result = run(
      cwd,
      'new',
      FLAGS.filter((flag) => flag !== '--yes'),
      '\n\n\n\n\nmarcus\n',
    );
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('Title:');
    expect(result.stderr).toContain('When was it detected?');
  });

  it('writes nothing when the answers stop early', () => {
    const cwd = project();
    const result = run(cwd, 'new', [], 'Only a title\n');
    expect(result.status).toBe(130);
    expect(result.stderr).toContain('nothing was written');
    expect(readdirSync(join(cwd, 'content/postmortems'))).toEqual([]);
  });
});
