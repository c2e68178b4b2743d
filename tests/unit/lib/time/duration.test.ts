import { describe, expect, it } from 'vitest';
import { formatDuration, isoDuration, toMinutes } from '../../../../src/lib/time/duration.ts';

const MIN = 60_000;

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45_000, '45 s'],
    [14 * MIN, '14 min'],
    [59 * MIN, '59 min'],
    [60 * MIN, '1 h 00 min'],
    [125 * MIN, '2 h 05 min'],
    [24 * 60 * MIN, '1 d'],
    [(27 * 60 + 5) * MIN, '1 d 3 h 05 min'],
    [50 * 60 * MIN, '2 d 2 h'],
  ])('%i ms reads as %s', (milliseconds, text) => {
    expect(formatDuration(milliseconds)).toBe(text);
  });

  it('rounds to whole minutes', () => {
    expect(formatDuration(14 * MIN + 31_000)).toBe('15 min');
    expect(toMinutes(14 * MIN + 29_000)).toBe(14);
  });

  it('gives an ISO 8601 duration for machines', () => {
    expect(isoDuration(125 * MIN)).toBe('PT2H5M');
    expect(isoDuration(0)).toBe('PT0S');
  });
});
