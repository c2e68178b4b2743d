import { describe, expect, it } from 'vitest';
import {
  customerDetectedPercent,
  detectionByQuarter,
  rankContributingFactors,
  severityByQuarter,
} from '../../../../src/lib/insights/breakdowns.ts';
import { incident } from './fixtures.ts';

const incidents = [
  incident({ id: 'a', date: '2025-01-10', severity: 'SEV1', detectedBy: 'customer', contributingFactors: ['x', 'y'] }),
  incident({
    id: 'b',
    date: '2025-02-10',
    severity: 'SEV3',
    detectedBy: 'monitoring',
    contributingFactors: ['y', 'y'],
  }),
  incident({ id: 'c', date: '2025-03-10', severity: 'SEV3', detectedBy: 'customer' }),
  incident({ id: 'd', date: '2025-07-10', severity: 'SEV2', detectedBy: 'employee', contributingFactors: ['z'] }),
];

describe('breakdowns', () => {
  it('counts severities per quarter', () => {
    expect(severityByQuarter(incidents)).toEqual([
      { quarter: '2025-Q1', total: 3, counts: { SEV1: 1, SEV2: 0, SEV3: 2, SEV4: 0 } },
      { quarter: '2025-Q2', total: 0, counts: { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 } },
      { quarter: '2025-Q3', total: 1, counts: { SEV1: 0, SEV2: 1, SEV3: 0, SEV4: 0 } },
    ]);
  });

  it('counts detection per quarter with the share found by customers', () => {
    const [q1, q2, q3] = detectionByQuarter(incidents);
    expect(q1!.counts).toEqual({ monitoring: 1, customer: 2, employee: 0, 'automated-test': 0, 'third-party': 0 });
    expect(q1!.customerPercent).toBeCloseTo(66.667, 3);
    expect(q2!.customerPercent).toBeUndefined();
    expect(q3!.customerPercent).toBe(0);
    expect(customerDetectedPercent(incidents)).toBe(50);
    expect(customerDetectedPercent([])).toBeUndefined();
  });

  it('ranks contributing factors by incidents naming them, each incident once, ties by id', () => {
    expect(rankContributingFactors(incidents)).toEqual([
      { id: 'y', count: 2 },
      { id: 'x', count: 1 },
      { id: 'z', count: 1 },
    ]);
  });
});
