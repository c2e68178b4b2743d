import { describe, expect, it } from 'vitest';
import { DEFINITIONS, definitionList, definitionPath } from '../../../src/lib/definitions.ts';
import { MIN_SAMPLE } from '../../../src/lib/insights/percentiles.ts';
import { DEFAULT_RECURRENCE_WINDOW_DAYS } from '../../../src/lib/insights/recurrence.ts';

describe('the definitions of counts and statistics', () => {
  it('state the thresholds the code applies, taken from the same constants', () => {
    expect(DEFINITIONS.median.words).toContain(
      `at least ${MIN_SAMPLE.median} incidents and a p90 at least ${MIN_SAMPLE.p90}`,
    );
    expect(DEFINITIONS.repeat.words).toContain(`in the ${DEFAULT_RECURRENCE_WINDOW_DAYS} days before it`);
    expect(DEFINITIONS.unfinished.words).toContain("Items marked done or won't do are finished.");
  });

  it('give each term one anchor on the guide, which pages link to', () => {
    const ids = definitionList().map((definition) => definition.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(definitionPath('overdue')).toBe('guide/#figure-overdue');
    expect(definitionPath('timeToDetect')).toBe('guide/#figure-time-to-detect');
    expect(ids).toContain('figure-time-to-detect');
  });
});
