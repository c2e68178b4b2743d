/**
 * The real `astro build` against each class of hostile postmortem: it fails
 * with the check's `<file>: <field>: <message>` lines, no stack trace, writes
 * no page, and nothing from outside the repository or from the environment
 * reaches the log or the output. Built here, not in the global setup, so only
 * this file pays for them; failing builds are quick.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attackClass,
  ENCODING_ATTACK,
  hostileFiles,
  INTERNAL_MARKER,
  OUTSIDE_MARKER,
  prepareContent,
  SYSTEM_FILE_MARKER,
  type HostileFile,
} from '../support/attack-cases.ts';
import { errorLinesFor, filesContaining, newCanary, stackTraceLines } from '../support/attack-output.ts';
import { buildFixture, OUTPUT_ROOT, PROJECT_ROOT, type FixtureBuild } from '../support/fixture-build.ts';

const BUILD_TIMEOUT = 300_000;

interface AttackBuild {
  build: FixtureBuild;
  files: HostileFile[];
  canary: string;
  writeDir: string;
}

interface Unit {
  label: string;
  classes: string[];
  only?: string[];
  env?: Record<string, string>;
}

function buildAttack({ label, classes, only, env = {} }: Unit): AttackBuild {
  const attacks = classes.map(attackClass);
  const { contentDir } = prepareContent(`build-${label}`, attacks, only);
  const canary = newCanary();
  const writeDir = join(OUTPUT_ROOT, 'attacks', `build-${label}`, 'writes');
  rmSync(writeDir, { recursive: true, force: true });
  mkdirSync(writeDir, { recursive: true });
  const build = buildFixture(`attack-${label}`, {
    contentDir,
    env: { HINDSIGHT_ATTACK_CANARY: canary, HINDSIGHT_ATTACK_WRITE_DIR: writeDir, ...env },
  });
  return { build, files: hostileFiles(attacks, only), canary, writeDir };
}

function describeRefusal(unit: Unit, extra?: (get: () => AttackBuild) => void) {
  describe(`astro build on ${unit.label}`, () => {
    let result: AttackBuild;
    beforeAll(() => {
      result = buildAttack(unit);
    }, BUILD_TIMEOUT);

    it('fails, naming every hostile file and its field as the check does', () => {
      const { build, files } = result;
      expect(build.exitCode, build.log).not.toBe(0);
      const missing = files.filter((file) => errorLinesFor(build.log, file, { anywhere: true }).length === 0);
      expect(
        missing.map((file) => `${JSON.stringify(file.name)} (${file.fields.join(' or ')})`),
        build.log,
      ).toEqual([]);
    });

    it('prints no stack trace and no forged workflow command', () => {
      expect(stackTraceLines(result.build.log)).toEqual([]);
      expect(result.build.log.split('\n').filter((line) => line.startsWith('::'))).toEqual([]);
    });

    it('writes no page', () => {
      expect(existsSync(join(result.build.outDir, 'index.html'))).toBe(false);
    });

    it('leaks nothing from the environment or outside the repository, and runs nothing', () => {
      const { build, canary, writeDir } = result;
      const secrets = [canary, SYSTEM_FILE_MARKER, OUTSIDE_MARKER];
      expect(secrets.filter((secret) => build.log.includes(secret))).toEqual([]);
      expect(filesContaining(build.outDir, secrets)).toEqual([]);
      // Each payload would write a file here had it run.
      expect(readdirSync(writeDir)).toEqual([]);
    });

    extra?.(() => result);
  });
}

describeRefusal({ label: 'comment-code', classes: ['comment-code'] });
// Only the files a comment-matching pattern let through: if the build ever compiles them, their code runs.
describeRefusal({
  label: 'comment-code-bypass',
  classes: ['comment-code'],
  only: [
    '2025-05-01-comment-wrapped-write.mdx',
    '2025-05-02-comment-wrapped-env.mdx',
    '2025-05-05-comment-close-in-string.mdx',
    '2025-05-11-inline-comment-wrapped.mdx',
  ],
});
describeRefusal({ label: 'raw-html', classes: ['raw-html'] });
// The two files that read differently to a naive splitter, built for the public audience.
describeRefusal(
  {
    label: 'front-matter-split',
    classes: ['front-matter'],
    only: ['2025-06-01-indented-fence-hides-import.mdx', '2025-06-02-indented-fence-hides-visibility.mdx'],
    env: { HINDSIGHT_AUDIENCE: 'public' },
  },
  (get) => {
    it('publishes nothing of the internal postmortem', () => {
      const { build } = get();
      expect(filesContaining(build.outDir, [INTERNAL_MARKER])).toEqual([]);
    });
  },
);
describeRefusal({
  label: 'front-matter-fences',
  classes: ['front-matter'],
  only: [
    '2025-06-03-trailing-space-fence.mdx',
    '2025-06-04-four-dash-fence.mdx',
    '2025-06-05-fence-with-text.mdx',
    '2025-06-06-toml-front-matter.mdx',
    '2025-06-07-mixed-fences.mdx',
  ],
});
describeRefusal({ label: 'images', classes: ['images'] });
describeRefusal({ label: 'external-images', classes: ['external-images'] });
// A year-9999 timeline ran the old build out of memory: cap the heap so that failure is quick here.
describeRefusal({ label: 'dates', classes: ['dates'], env: { NODE_OPTIONS: '--max-old-space-size=2048' } });
describeRefusal({ label: 'yaml', classes: ['yaml'] });
describeRefusal({ label: 'file-names', classes: ['file-names'] });
describeRefusal({ label: 'symlinks', classes: ['symlinks'] });

describe('astro build and npm run check agree on byte order marks, CRLF and leading blank lines', () => {
  it(
    'refuses in the build exactly what the check refuses, and renders the rest',
    () => {
      const { contentDir } = prepareContent('check-encoding', [ENCODING_ATTACK]);
      const check = spawnSync(process.execPath, ['src/cli/check.ts'], {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        env: { ...process.env, HINDSIGHT_CONTENT_DIR: contentDir },
      });
      const refused = ENCODING_ATTACK.files.filter((file) => errorLinesFor(check.stderr, file).length > 0);
      const build = buildFixture('attack-encoding', { contentDir });
      if (refused.length > 0) {
        expect(build.exitCode, build.log).not.toBe(0);
        for (const line of refused.flatMap((file) => errorLinesFor(check.stderr, file)))
          expect(build.log).toContain(line);
      }
      const accepted = ENCODING_ATTACK.files.filter((file) => !refused.includes(file)).map((file) => file.name);
      if (accepted.length === 0) return;
      // The accepted ones, built without the refused: each must become its page, with its title.
      const only = prepareContent('build-encoding-accepted', [ENCODING_ATTACK], accepted);
      const rendered =
        refused.length > 0 ? buildFixture('attack-encoding-accepted', { contentDir: only.contentDir }) : build;
      expect(rendered.exitCode, rendered.log).toBe(0);
      for (const name of accepted) {
        const id = name.replace(/\.mdx$/, '');
        const title = /^title: (.*?)\r?$/m.exec(readFileSync(join(only.absolute, 'postmortems', name), 'utf8'))![1]!;
        const page = join(rendered.outDir, 'postmortems', id, 'index.html');
        expect(existsSync(page), `${id} has no page`).toBe(true);
        expect(readFileSync(page, 'utf8')).toContain(title);
      }
    },
    BUILD_TIMEOUT * 2,
  );
});
