import { describe, expect, it } from 'vitest';
import { misleadingIncidents, misleadingSummary } from '../../../../src/lib/insights/misleading.ts';
import { incident } from './fixtures.ts';

const MINUTE = 60_000;
/** An incident with `leads` misleading leads that cost `lost` minutes; impact is ttd + ttm minutes. */
const led = (id: string, date: string, leads: number, lost: number, ttd = 10, ttm = 20) =>
  incident({ id, date, ttd, ttm, misleadingLeads: leads, misleadingTime: lost * MINUTE });

describe('time lost to misleading leads', () => {
  const none = incident({ id: 'none', date: '2025-01-01' });
  const a = led('a', '2025-01-10', 1, 15); // impact 30 min: 15 / 30 = 50 %
  const b = led('b', '2025-02-10', 2, 45, 20, 40); // impact 60 min: 45 / 60 = 75 %
  const c = led('c', '2025-03-10', 1, 0); // the lead was the last event: a lead, no time
  const d = led('d', '2025-04-10', 1, 90, 0, 60); // impact 60: 90 / 60 = 150 % (chased after mitigation)
  const e = led('e', '2025-05-10', 3, 15); // ties with a on time; newer first

  it('lists incidents with a lead, most time lost first, with the share of their impact duration', () => {
    const rows = misleadingIncidents([none, a, b, c, d, e]);
    expect(rows.map((row) => [row.incident.id, row.leads, row.minutesLost, row.shareOfImpact])).toEqual([
      ['d', 1, 90, 150],
      ['b', 2, 45, 75],
      ['e', 3, 15, 50],
      ['a', 1, 15, 50],
      ['c', 1, 0, 0],
    ]);
  });

  it('gives no share when the impact duration is zero', () => {
    const instant = led('instant', '2025-01-01', 1, 5, 0, 0);
    expect(misleadingIncidents([instant])[0]).not.toHaveProperty('shareOfImpact');
  });

  it('sums across incidents and takes the median per affected incident only from 5 of them', () => {
    // Affected: a 15, b 45, c 0, d 90, e 15 -> sorted 0, 15, 15, 45, 90: median 15.
    // Leads 1 + 2 + 1 + 1 + 3 = 8; minutes 15 + 45 + 0 + 90 + 15 = 165; impact 30 + 60 + 30 + 60 + 30 = 210.
    expect(misleadingSummary([none, a, b, c, d, e])).toEqual({
      incidents: 6,
      affected: 5,
      leads: 8,
      totalMinutes: 165,
      medianMinutes: 15,
      affectedImpactMinutes: 210,
    });
    // Four affected incidents: no median.
    expect(misleadingSummary([none, a, b, c, d])).not.toHaveProperty('medianMinutes');
    expect(misleadingSummary([none])).toEqual({
      incidents: 1,
      affected: 0,
      leads: 0,
      totalMinutes: 0,
      affectedImpactMinutes: 0,
    });
  });
});
