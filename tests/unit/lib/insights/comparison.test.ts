import { describe, expect, it } from 'vitest';
import { yearOverYear } from '../../../../src/lib/insights/comparison.ts';
import { findRepeats } from '../../../../src/lib/insights/recurrence.ts';
import { incident } from './fixtures.ts';

describe('the last 12 months against the 12 before', () => {
  const incidents = [
    // The previous 12 months (2 Jan 2024 to 1 Jan 2025): five incidents.
    incident({ id: 'a', date: '2024-03-01', ttd: 60, rootCause: 'dns', severity: 'SEV1', detectedBy: 'customer' }),
    incident({ id: 'p1', date: '2024-05-01', ttd: 20, rootCause: 'capacity' }),
    incident({ id: 'p2', date: '2024-07-01', ttd: 50, rootCause: 'disk' }),
    incident({ id: 'p3', date: '2024-09-01', ttd: 40, rootCause: 'network' }),
    incident({ id: 'b', date: '2025-01-01', ttd: 30, rootCause: 'dns', detectedBy: 'customer' }),
    // The last 12 months (2 Jan 2025 to 1 Jan 2026): five incidents.
    incident({ id: 'c', date: '2025-02-01', ttd: 10, rootCause: 'dns', severity: 'SEV2' }),
    incident({ id: 'c1', date: '2025-04-01', ttd: 4, rootCause: 'deploy' }),
    incident({ id: 'c2', date: '2025-06-01', ttd: 8, rootCause: 'quota' }),
    incident({ id: 'c3', date: '2025-08-01', ttd: 6, rootCause: 'memory' }),
    incident({ id: 'd', date: '2025-12-01', ttd: 2, rootCause: 'tls' }),
    // After the build date: in neither.
    incident({ id: 'e', date: '2026-03-01', ttd: 1, rootCause: 'tls' }),
  ];
  const { current, previous } = yearOverYear(incidents, findRepeats(incidents), '2026-01-01');

  it('splits at the build date, both ends included', () => {
    expect([current.from, current.to]).toEqual(['2025-01-02', '2026-01-01']);
    expect([previous.from, previous.to]).toEqual(['2024-01-02', '2025-01-01']);
  });

  it('compares counts, medians, the customer share and repeats', () => {
    expect(current).toMatchObject({ count: 5, major: 1, repeats: 1, customerPercent: 0, customerCount: 0 });
    // TTD 2, 4, 6, 8, 10: median 6.
    expect(current.timeToDetect.median).toBe(6);
    // b repeats nothing within 90 days (a is 306 days before); c repeats b, 31 days later.
    expect(previous).toMatchObject({ count: 5, major: 1, repeats: 0, customerPercent: 40, customerCount: 2 });
    // TTD 20, 30, 40, 50, 60: median 40.
    expect(previous.timeToDetect.median).toBe(40);
  });

  it('gives no p90 from five incidents, and no median from fewer than five', () => {
    expect(current.timeToDetect.p90).toBeUndefined();
    const few = yearOverYear(incidents.slice(4, 8), [], '2026-01-01');
    // Only b (the last day of the previous period) before, c, c1 and c2 after.
    expect([few.previous.count, few.current.count]).toEqual([1, 3]);
    expect(few.current.timeToDetect).toMatchObject({ count: 3, median: undefined, p90: undefined });
  });
});
