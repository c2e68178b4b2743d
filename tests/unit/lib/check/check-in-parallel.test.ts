/** The check spread over worker threads says exactly what the check in one thread says. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArchiveInParallel, PARALLEL_FROM_FILES } from '../../../../src/lib/check/check-in-parallel.ts';
import { checkArchive } from '../../../../src/lib/check/index.ts';
import { readArchiveSources } from '../../../../src/lib/read-sources.ts';
import { generateCorpus, writeCorpus } from '../../../bench/corpus/generate.ts';

describe('the check in parallel', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hindsight-parallel-'));
    const corpus = generateCorpus({ count: PARALLEL_FROM_FILES * 2, seed: 5 });
    writeCorpus(dir, corpus);
    // Some errors and warnings of every kind: one file's own, one cross-file, one placeholder.
    const [first, second, third] = corpus.files.filter((file) => file.path.startsWith('postmortems/'));
    const edit = (file: { path: string; text: string }, from: RegExp, to: string) => {
      expect(file.text).toMatch(from);
      writeFileSync(join(dir, file.path), file.text.replace(from, to));
    };
    edit(first!, /^severity: .*$/m, 'severity: "SEV9"');
    edit(second!, /^services:\n {2}- .*$/m, 'services:\n  - "no-such-service"');
    edit(third!, /^title: .*$/m, 'title: "TODO: a title"');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the same problems, in the same order, with the same verdict on every file', async () => {
    const sources = readArchiveSources({ root: dir, contentDir: '.' });
    const options = { today: '2026-01-01' };
    const inOneThread = checkArchive(sources, options);
    const inParallel = await checkArchiveInParallel(sources, options);
    expect(inOneThread.errorCount).toBeGreaterThanOrEqual(2);
    expect(inOneThread.warningCount).toBeGreaterThan(0);
    expect(inParallel.problems).toEqual(inOneThread.problems);
    expect(inParallel.postmortems).toEqual(inOneThread.postmortems);
  }, 120_000);
});
