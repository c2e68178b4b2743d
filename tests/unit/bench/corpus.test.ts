/** The benchmark's synthetic corpus: reproducible, valid in the real format, and shaped like a real archive. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArchive, formatProblem, type CheckResult } from '../../../src/lib/check/index.ts';
import { readArchiveSources } from '../../../src/lib/read-sources.ts';
import { ROOT_CAUSES } from '../../bench/corpus/causes.ts';
import { generateCorpus, ROOT_CAUSE_EXPONENT, writeCorpus } from '../../bench/corpus/generate.ts';

describe('synthetic corpus generator', () => {
  it('writes byte-identical files for the same seed, and different ones for another seed', () => {
    const first = generateCorpus({ count: 200, seed: 7 });
    const again = generateCorpus({ count: 200, seed: 7 });
    const other = generateCorpus({ count: 200, seed: 8 });
    expect(again.files).toEqual(first.files);
    expect(other.files.map((file) => file.path)).not.toEqual(first.files.map((file) => file.path));
    expect(first.files.filter((file) => file.path.startsWith('postmortems/'))).toHaveLength(200);
  });

  it('makes root causes recur Zipf-like: the k-th most common about k^s times rarer than the first', () => {
    const { postmortems } = generateCorpus({ count: 4000, seed: 3 });
    const counts = new Map<string, number>();
    for (const { category } of postmortems) counts.set(category, (counts.get(category) ?? 0) + 1);
    const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
    expect(ranked).toHaveLength(ROOT_CAUSES.length);
    expect(ranked[0]![0]).toBe(ROOT_CAUSES[0]!.id);
    for (const rank of [2, 4, 8]) {
      const ratio = ranked[0]![1] / ranked[rank - 1]![1];
      expect(ratio).toBeGreaterThan(0.7 * rank ** ROOT_CAUSE_EXPONENT);
      expect(ratio).toBeLessThan(1.4 * rank ** ROOT_CAUSE_EXPONENT);
    }
    // The three most common causes account for more than half of all incidents.
    expect(ranked.slice(0, 3).reduce((sum, [, count]) => sum + count, 0)).toBeGreaterThan(postmortems.length / 2);
  });

  describe('checked by the project check engine', () => {
    let dir: string;
    let result: CheckResult;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'hindsight-corpus-'));
      writeCorpus(dir, generateCorpus({ count: 300, seed: 11 }));
      result = checkArchive(readArchiveSources({ root: dir, contentDir: '.' }));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('passes every rule with no error and no warning (bodies of 400-600 words, three learnings, …)', () => {
      expect(result.problems.map(formatProblem)).toEqual([]);
      expect(result.postmortems).toHaveLength(300);
      expect(result.postmortems.every((postmortem) => postmortem.data)).toBe(true);
    });

    it('mixes statuses, severities, detection methods and visibility, mostly published', () => {
      const data = result.postmortems.map((postmortem) => postmortem.data!);
      const share = (test: (item: (typeof data)[number]) => boolean) => data.filter(test).length / data.length;
      expect(share((item) => item.status === 'published')).toBeGreaterThan(0.8);
      expect(share((item) => item.status === 'draft')).toBeGreaterThan(0);
      expect(new Set(data.map((item) => item.severity)).size).toBe(4);
      expect(new Set(data.map((item) => item.detectedBy)).size).toBe(5);
      expect(new Set(data.map((item) => item.visibility))).toEqual(new Set(['internal', 'public']));
      expect(data.every((item) => item.actionItems.every((action) => action.owner && action.due))).toBe(true);
    });

    it('spreads incidents over four years, dozens of services and a dozen teams', () => {
      const data = result.postmortems.map((postmortem) => postmortem.data!);
      const years = new Set(result.postmortems.map((postmortem) => postmortem.id.slice(0, 4)));
      expect([...years].sort()).toEqual(['2022', '2023', '2024', '2025']);
      expect(new Set(data.flatMap((item) => item.services)).size).toBeGreaterThanOrEqual(35);
      expect(new Set(data.flatMap((item) => item.teams ?? [])).size).toBe(12);
    });

    it('writes timelines of 5-12 events whose offsets are those of the zone at each instant, some across a DST change', () => {
      let spanning = 0;
      for (const { data } of result.postmortems) {
        const { timeline, timezone } = data!;
        expect(timeline.length).toBeGreaterThanOrEqual(5);
        expect(timeline.length).toBeLessThanOrEqual(12);
        const zone = new Intl.DateTimeFormat('en-US', { timeZone: timezone, timeZoneName: 'longOffset' });
        const offsets = new Set<string>();
        for (const { at } of timeline) {
          const written = at.endsWith('Z') ? '+00:00' : at.slice(-6);
          const name = zone.formatToParts(new Date(at)).find((part) => part.type === 'timeZoneName')!.value;
          expect(written, `${at} in ${timezone}`).toBe(name === 'GMT' ? '+00:00' : name.slice(3));
          offsets.add(written);
        }
        if (offsets.size > 1) spanning++;
      }
      expect(spanning).toBeGreaterThan(0);
    });
  });
});
