import { describe, expect, it } from 'vitest';
import { RECURRENCE_SHOWN, recurrenceBanner } from '../../../../src/lib/pages/recurrence-banner.ts';
import { archiveOf, postmortem } from '../incident/postmortems.ts';

const TODAY = '2025-12-01';

describe('the recurrence banner of an incident page', () => {
  // One incident a week with the same cause on the same service: each repeats every earlier one within 180 days.
  const weekly = archiveOf(
    Object.fromEntries(
      Array.from({ length: 9 }, (_, week) => [
        `week-${week}`,
        postmortem({ start: new Date(Date.parse('2025-01-06T10:00:00Z') + week * 7 * 86_400_000).toISOString() }),
      ]),
    ),
  );
  const banner = (id: string) => recurrenceBanner(weekly, weekly.byId.get(id)!, { today: TODAY, windowDays: 180 });

  it('names the most recent earlier incidents and counts the rest', () => {
    const last = banner('week-8');
    expect(last.repeatOfCount).toBe(8);
    expect(last.repeatOf.map((entry) => entry.id)).toEqual(['week-7', 'week-6', 'week-5', 'week-4', 'week-3']);
    expect(last.repeatOf).toHaveLength(RECURRENCE_SHOWN);
    expect([last.repeatedBy, last.repeatedByCount]).toEqual([[], 0]);
  });

  it('names the first later incidents and counts the rest', () => {
    const first = banner('week-0');
    expect(first.repeatedByCount).toBe(8);
    expect(first.repeatedBy.map((entry) => entry.id)).toEqual(['week-1', 'week-2', 'week-3', 'week-4', 'week-5']);
    expect(first.repeatOfCount).toBe(0);
  });
});
