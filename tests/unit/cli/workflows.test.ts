/**
 * The GitHub workflow that runs `npm run check` on pull requests, checked the
 * way actionlint would for what matters here: its structure, and the security
 * properties it promises (least privilege, no secrets, pinned actions).
 * actionlint itself is a Go binary and has no npm package, so the rules are here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../..', import.meta.url).pathname;
const DIRECTORY = `${ROOT}.github/workflows/`;
const files = readdirSync(DIRECTORY).filter((file) => /\.ya?ml$/.test(file));

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
  if?: string;
  'working-directory'?: string;
}
interface Job {
  name?: string;
  'runs-on'?: string;
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string> | string;
  environment?: { name: string; url?: string };
  container?: { image: string } | string;
  steps: Step[];
}
interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflows = files.map((file) => {
  const text = readFileSync(DIRECTORY + file, 'utf8');
  return { file, text, workflow: parse(text) as Workflow };
});
const main = workflows.find(({ workflow }) => workflow.on && 'pull_request' in workflow.on)!;
const steps = (job: Job) => job.steps.map((step) => step.run ?? step.uses ?? '');

describe('the workflow files', () => {
  it('exist and parse', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(main).toBeDefined();
  });

  it.each(workflows.map(({ file }) => file))('%s never runs with pull_request_target', (file) => {
    const { workflow, text } = workflows.find((entry) => entry.file === file)!;
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    // Comments may explain why it is not used.
    expect(text.replace(/^\s*#.*$/gm, '')).not.toMatch(/pull_request_target/);
  });

  it.each(workflows.map(({ file }) => file))('%s gives the token read access only, unless a job needs more', (file) => {
    const { workflow } = workflows.find((entry) => entry.file === file)!;
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(typeof job.permissions, `${name} states its permissions`).toBe('object');
      const writes = Object.entries(job.permissions as Record<string, string>).filter(([, level]) => level !== 'read');
      if (name === 'deploy')
        expect(writes).toEqual([
          ['pages', 'write'],
          ['id-token', 'write'],
        ]);
      else expect(writes, name).toEqual([]);
    }
  });

  it.each(workflows.map(({ file }) => file))('%s uses no secrets and no untrusted input inside scripts', (file) => {
    const { workflow, text } = workflows.find((entry) => entry.file === file)!;
    expect(text).not.toMatch(/secrets\./);
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        // Values reach scripts through env, never as ${{ }} pasted into the shell.
        if (step.run) expect(step.run, step.name).not.toContain('${{');
      }
    }
  });

  it.each(workflows.map(({ file }) => file))('%s pins every action to a full commit SHA with its release', (file) => {
    const { text } = workflows.find((entry) => entry.file === file)!;
    const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(.+)$/gm)].map((match) => match[1]!.trim());
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
  });

  it.each(workflows.map(({ file }) => file))('%s checks out without keeping credentials, with history', (file) => {
    const { workflow } = workflows.find((entry) => entry.file === file)!;
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps.filter((step) => step.uses?.startsWith('actions/checkout@'))) {
        expect(step.with).toMatchObject({ 'persist-credentials': false, 'fetch-depth': 0 });
      }
    }
  });

  it.each(workflows.map(({ file }) => file))(
    '%s is well formed: jobs run somewhere, steps do one thing, needs exist',
    (file) => {
      const { workflow } = workflows.find((entry) => entry.file === file)!;
      const jobs = Object.keys(workflow.jobs);
      for (const [name, job] of Object.entries(workflow.jobs)) {
        expect(job['runs-on'], name).toMatch(/^ubuntu-/);
        expect(job.steps.length, name).toBeGreaterThan(0);
        for (const need of [job.needs ?? []].flat()) expect(jobs).toContain(need);
        const ids = job.steps.flatMap((step) => (step.id ? [step.id] : []));
        expect(new Set(ids).size).toBe(ids.length);
        for (const step of job.steps) expect(Boolean(step.run) !== Boolean(step.uses), step.name).toBe(true);
        // Every ${{ }} refers to a step id that exists in the job.
        for (const match of JSON.stringify(job).matchAll(/steps\.([\w-]+)\.outputs/g)) expect(ids).toContain(match[1]);
      }
    },
  );
});

describe('the check job', () => {
  const job = main.workflow.jobs.check!;
  const checkouts = job.steps.filter((step) => step.uses?.startsWith('actions/checkout@'));

  it('runs on pull requests and on main', () => {
    expect(Object.keys(main.workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(main.workflow.on.push).toEqual({ branches: ['main'] });
  });

  it("judges the pull request's content with the base branch's engine, installed from the base's lock", () => {
    const engine = checkouts.find((step) => step.with?.path === 'engine')!;
    expect(engine.with?.ref).toBe('${{ github.event.pull_request.base.sha || github.sha }}');
    expect(checkouts.find((step) => step.with?.path === 'proposed')).toBeDefined();
    const install = job.steps.find((step) => step.run?.startsWith('npm ci'))!;
    expect(install['working-directory']).toBe('engine');
    const check = job.steps.find((step) => step.run?.includes('npm run check'))!;
    // Only content/ crosses from the pull request into the engine's checkout, and the check runs there.
    expect(check.run).toMatch(/cp -R proposed\/content engine\/content\s+cd engine\n/);
    expect(check.run).not.toMatch(/proposed\/(?!content)/);
    expect(check.run).toContain('npm run check -- --format github');
  });
});

describe('the build job', () => {
  const job = main.workflow.jobs.build!;

  it('installs with npm ci on Node 24, builds, uploads the site, tests with Chromium from apt', () => {
    const setupNode = job.steps.find((step) => step.uses?.startsWith('actions/setup-node@'))!;
    expect(setupNode.with?.['node-version']).toBe(24);
    const commands = steps(job);
    const index = (pattern: RegExp) => commands.findIndex((command) => pattern.test(command));
    expect(index(/^npm ci\b/)).toBeGreaterThan(-1);
    expect(commands.join('\n')).not.toMatch(/npm install\b/);
    expect(index(/^npm run build$/)).toBeGreaterThan(index(/^npm ci\b/));
    expect(index(/actions\/upload-artifact@/)).toBeGreaterThan(index(/^npm run build$/));
    expect(index(/actions\/upload-pages-artifact@/)).toBeGreaterThan(index(/^npm run build$/));
    expect(index(/apt-get install .*\bchromium\b/)).toBeGreaterThan(-1);
    expect(index(/^npm test$/)).toBeGreaterThan(index(/apt-get install .*\bchromium\b/));
    const upload = job.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))!;
    expect(upload.with).toMatchObject({ path: 'dist/', 'if-no-files-found': 'error' });
  });

  it('runs only after the base-branch check passed, with a read-only token', () => {
    expect(job.needs).toBe('check');
    expect(job.permissions).toEqual({ contents: 'read' });
  });
});

describe('the deploy job', () => {
  const job = main.workflow.jobs.deploy!;

  it('deploys main to GitHub Pages after the build, publishing only the uploaded artifact', () => {
    expect(job.if).toContain("github.ref == 'refs/heads/main'");
    expect(job.if).toContain("github.event_name != 'pull_request'");
    expect(job.needs).toBe('build');
    expect(job.environment?.name).toBe('github-pages');
    // It holds the write tokens, so it checks nothing out and runs nothing of the project's.
    expect(steps(job)).toHaveLength(1);
    expect(steps(job)[0]).toMatch(/^actions\/deploy-pages@/);
    expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

describe('CODEOWNERS', () => {
  const rules = readFileSync(`${ROOT}.github/CODEOWNERS`, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.trim().split(/\s+/)[0]);

  it.each(['/src/', '/package.json', '/package-lock.json', '/.npmrc', '/astro.config.mjs', '/.github/', '/.ci/'])(
    'names an owner for %s, so a change to code, lock, config or workflows needs their review',
    (path) => {
      expect(rules).toContain(path);
    },
  );
});
