import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'tests/fixtures/import');
const directories: string[] = [];

function project(): string {
  const cwd = mkdtempSync(join(tmpdir(), 'hindsight-import-'));
  directories.push(cwd);
  mkdirSync(join(cwd, 'content/postmortems'), { recursive: true });
  for (const file of ['services.yaml', 'teams.yaml', 'root-causes.yaml']) {
    cpSync(join(ROOT, 'content', file), join(cwd, 'content', file));
  }
  return cwd;
}

function run(cwd: string, script: 'import' | 'check', args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, `src/cli/${script}.ts`), ...args], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      HINDSIGHT_CONTENT_DIR: 'content',
      SOURCE_DATE_EPOCH: String(Date.UTC(2023, 0, 1) / 1000),
      INIT_CWD: cwd,
    },
  });
}

afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('npm run import', () => {
  it('turns existing Markdown postmortems into drafts that pass the check, listing what is left to do', () => {
    const cwd = project();
    const result = run(cwd, 'import', [
      join(FIXTURES, '2024-03-14-mobile-login-outage.md'),
      join(FIXTURES, '2024-10-27-warehouse-sync-dst.md'),
      join(FIXTURES, 'payments-webhook-key-rotation.md'),
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([
      'content/postmortems/2024-03-14-mobile-login-outage.mdx',
      'content/postmortems/2024-10-26-warehouse-stock-sync-stopped-overnight.mdx',
      'content/postmortems/2025-09-02-payment-webhooks-rejected-key-rotation.mdx',
    ]);
    expect(result.stderr).toContain(
      'Kept in the body as written (not mapped to fields):\n    - the line "**Status:** Complete"',
    );
    expect(result.stderr).toMatch(
      /To finish \(\d+ TODOs\):\n {4}content\/postmortems\/2024-03-14-mobile-login-outage\.mdx:\d+ +severity: TODO: /,
    );
    expect(result.stderr).toContain('Imported 3 of 3 files.');
    const check = run(cwd, 'check', []);
    // Outside git (this temporary project) the only line on stderr says the recurrence review needs named files.
    expect(check.stderr.trim()).toMatch(/^The recurrence review needs to know which postmortems are yours[^\n]*$/);
    expect(check.status).toBe(0);
  });

  it('imports a whole folder, ends with a table, writes a JSON report, and refuses what is not a postmortem', () => {
    const cwd = project();
    const result = run(cwd, 'import', [FIXTURES, '--report', 'report.json']);
    // The meeting notes are refused; every postmortem becomes a draft.
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'not imported: not a postmortem: it describes no incident: no summary, timeline or root-cause section, and no outage, failure or error',
    );
    expect(result.stderr).toMatch(/^file +draft written +events read +TODOs$/m);
    expect(result.stderr).toMatch(
      /lagos-card-terminals-wat\.md +content\/postmortems\/2023-11-12-card-terminals-offline-lagos-branches\.mdx +6 +\d+/,
    );
    expect(result.stderr).toContain('Imported 8 of 9 files.');
    const report = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')) as {
      imported: number;
      files: { file: string; draft?: string; eventsRead: number; problem?: string }[];
    };
    expect(report.imported).toBe(8);
    const refused = report.files.find((file) => file.file.endsWith('retro-meeting-notes.md'))!;
    expect(refused).not.toHaveProperty('draft');
    expect(refused.problem).toMatch(/^not a postmortem/);
    // A draft may name no service; the check passes every draft as written.
    expect(
      readFileSync(join(cwd, 'content/postmortems/2023-11-12-card-terminals-offline-lagos-branches.mdx'), 'utf8'),
    ).toMatch(/^services: \[\] # TODO: name the affected services/m);
    const check = run(cwd, 'check', []);
    expect(check.stderr).not.toMatch(/error/);
    expect(check.status).toBe(0);
  });

  it('lists services the taxonomy lacks, and appends them with --add-taxonomy', () => {
    const cwd = project();
    const lagos = join(FIXTURES, 'lagos-card-terminals-wat.md');
    const plain = run(cwd, 'import', [lagos, '--dry-run']);
    expect(plain.stderr).toContain('Named but not in the taxonomy (suggested entries; --add-taxonomy appends them):');
    expect(plain.stderr).toContain('- id: terminal-gateway');
    const added = run(cwd, 'import', [lagos, '--add-taxonomy']);
    expect(added.status).toBe(0);
    expect(readFileSync(join(cwd, 'content/services.yaml'), 'utf8')).toContain(
      '- id: terminal-gateway\n  name: "Terminal Gateway"\n',
    );
    expect(
      readFileSync(join(cwd, 'content/postmortems/2023-11-12-card-terminals-offline-lagos-branches.mdx'), 'utf8'),
    ).toMatch(/^services: \[terminal-gateway, settlement-batch\]/m);
    expect(run(cwd, 'check', []).status).toBe(0);
  });

  it('never overwrites, and goes on with the other files', () => {
    const cwd = project();
    const login = join(FIXTURES, '2024-03-14-mobile-login-outage.md');
    run(cwd, 'import', [login]);
    const again = run(cwd, 'import', [login, join(FIXTURES, 'payments-webhook-key-rotation.md')]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(
      'not imported: content/postmortems/2024-03-14-mobile-login-outage.mdx already exists',
    );
    expect(again.stderr).toContain('Imported 1 of 2 files.');
    expect(readdirSync(join(cwd, 'content/postmortems'))).toHaveLength(2);
  });

  it('reads file names relative to where npm was run', () => {
    const cwd = project();
    const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/import.ts'), 'payments-webhook-key-rotation.md'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, HINDSIGHT_CONTENT_DIR: 'content', INIT_CWD: FIXTURES },
    });
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe('content/postmortems/2025-09-02-payment-webhooks-rejected-key-rotation.mdx');
  });

  it('rejects bad options before reading anything', () => {
    const cwd = project();
    const result = run(cwd, 'import', [
      join(FIXTURES, 'payments-webhook-key-rotation.md'),
      '--service',
      'paymnts',
      '--timezone',
      'Berlin',
      '--date',
      '2025-02-29',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'unknown service "paymnts" (not in content/services.yaml); did you mean "payments"?',
    );
    expect(result.stderr).toContain('"Berlin" is not an IANA time zone');
    expect(result.stderr).toContain('--date must be a real date written YYYY-MM-DD, not "2025-02-29"');
    expect(run(cwd, 'import', []).status).toBe(2);
  });
});
