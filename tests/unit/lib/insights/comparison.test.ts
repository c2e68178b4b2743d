import { describe, expect, it } from 'vitest';
import { yearOverYear } from '../../../../src/lib/insights/comparison.ts';
import { findRepeats } from '../../../../src/lib/insights/recurrence.ts';
import { incident } from './fixtures.ts';

describe('the last 12 months against the 12 before', () => {
  const incidents = [
    incident({ id: 'a', date: '2024-03-01', ttd: 60, rootCause: 'dns', severity: 'SEV1', detectedBy: 'customer' }),
    incident({ id: 'b', date: '2025-01-01', ttd: 30, rootCause: 'dns', detectedBy: 'customer' }),
    incident({ id: 'c', date: '2025-02-01', ttd: 10, rootCause: 'dns', severity: 'SEV2' }),
    incident({ id: 'd', date: '2025-12-01', ttd: 2, rootCause: 'tls' }),
    incident({ id: 'e', date: '2026-03-01', ttd: 1, rootCause: 'tls' }),
  ];
  const { current, previous } = yearOverYear(incidents, findRepeats(incidents), '2026-01-01');

  it('splits at the build date, both ends included', () => {
    expect([current.from, current.to]).toEqual(['2025-01-02', '2026-01-01']);
    expect([previous.from, previous.to]).toEqual(['2024-01-02', '2025-01-01']);
  });

  it('compares counts, medians, the customer share and repeats', () => {
    expect(current).toMatchObject({ count: 2, major: 1, repeats: 1, customerPercent: 0 });
    expect(current.timeToDetect.median).toBe(6);
    // b repeats nothing within 90 days (a is 306 days before); c repeats b, 31 days later.
    expect(previous).toMatchObject({ count: 2, major: 1, repeats: 0, customerPercent: 100 });
    expect(previous.timeToDetect.median).toBe(45);
  });
});
