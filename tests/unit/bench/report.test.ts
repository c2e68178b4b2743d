/** The benchmark's report: with several runs, the figures are the median run's and each run is listed. */
import { describe, expect, it } from 'vitest';
import { medianRun, sizeRows, type ProcessFigures, type SizeResult } from '../../bench/report.ts';

const MIB = 1024 * 1024;
const measured = (wallMs: number, peakMib: number): ProcessFigures => ({
  wallMs,
  peakTreeRss: peakMib * MIB,
  peakProcessRss: peakMib * MIB,
  cpuMs: wallMs,
  exitCode: 0,
});

function result(
  archiveMs: number,
  floorBuildMs: number,
  floorPagefindMs: number,
  runs?: SizeResult['runs'],
): SizeResult {
  return {
    size: 10_000,
    published: 9_010,
    corpusMs: 1_000,
    runs,
    check: measured(7_000, 700),
    archive: { ...measured(archiveMs, 4_000), phases: [], routes: [], log: [], htmlFiles: 9_971 },
    floor: {
      build: { ...measured(floorBuildMs, 4_000), phases: [] },
      pagefind: measured(floorPagefindMs, 2_000),
      wallMs: floorBuildMs + floorPagefindMs,
      peakRss: 4_000 * MIB,
    },
    html: { pages: 1, median: 40_000, medianGzip: 8_000, max: 40_000, maxGzip: 8_000, maxPath: '/postmortems/a/' },
    largestPage: { path: '/insights/', gzip: 80_000 },
    pages: [],
    pagefindBytes: 0,
    loadAverage: { before: [0, 0, 0], after: [0, 0, 0] },
  };
}

const row = (rows: ReturnType<typeof sizeRows>, figure: string) => rows.find((each) => each.figure.startsWith(figure));

describe('benchmark report', () => {
  it('takes the middle run by wall time, and the lower middle of an even number', () => {
    const runs = [{ wallMs: 30 }, { wallMs: 10 }, { wallMs: 20 }];
    expect(medianRun(runs)).toBe(runs[2]);
    expect(medianRun([{ wallMs: 40 }, ...runs])).toBe(runs[2]);
    expect(medianRun([{ wallMs: 5 }])).toEqual({ wallMs: 5 });
  });

  it('names the median and lists every run when each side was built more than once', () => {
    const rows = sizeRows(
      result(190_000, 100_000, 20_000, {
        archiveMs: [200_000, 190_000, 180_000],
        floorMs: [130_000, 120_000, 110_000],
      }),
    );
    expect(row(rows, 'archive build: wall time')?.figure).toBe('archive build: wall time (median of 3 runs)');
    expect(row(rows, 'archive build: wall time of each run')?.value).toBe('200.0 s, 190.0 s, 180.0 s');
    expect(row(rows, 'floor: wall time of each run')?.value).toBe('130.0 s, 120.0 s, 110.0 s');
    // 190 / 120
    expect(row(rows, 'ratio archive / floor: wall time')).toMatchObject({ value: '1.58', holds: true });
  });

  it('reports a single run as before, and a ratio over the target as not met', () => {
    const rows = sizeRows(result(200_000, 100_000, 20_000, { archiveMs: [200_000], floorMs: [120_000] }));
    expect(row(rows, 'archive build: wall time')?.figure).toBe('archive build: wall time');
    expect(row(rows, 'archive build: wall time of each run')).toBeUndefined();
    expect(row(rows, 'ratio archive / floor: wall time')).toMatchObject({ value: '1.67', holds: false });
  });
});
