import { describe, expect, it } from 'vitest';
import { findRepeats, rankRootCauses, rootCauseTrend } from '../../../../src/lib/insights/recurrence.ts';
import { incident } from './fixtures.ts';

const a = incident({ id: 'a', date: '2025-01-01', rootCause: 'dns', services: ['s1'] });
const b = incident({ id: 'b', date: '2025-03-01', rootCause: 'dns', services: ['s2'] }); // 59 days after a
const c = incident({ id: 'c', date: '2025-04-01', rootCause: 'dns', services: ['s1', 's3'] }); // 31 after b, 90 after a
const d = incident({ id: 'd', date: '2025-07-01', rootCause: 'dns', services: ['s1'] }); // 91 after c
const e = incident({ id: 'e', date: '2025-01-05', rootCause: 'tls', services: ['s1'] });
const all = [d, b, e, a, c];

describe('recurring root causes', () => {
  it('finds repeats within 90 days, newest first, naming the latest earlier incident', () => {
    const repeats = findRepeats(all);
    expect(repeats.map((repeat) => [repeat.incident.id, repeat.previous.id, repeat.daysApart])).toEqual([
      ['c', 'b', 31],
      ['b', 'a', 59],
    ]);
  });

  it('counts a same-service repeat when an earlier incident in the window shared a service', () => {
    const [repeatOfC, repeatOfB] = findRepeats(all);
    // b hit s2 only; a, exactly 90 days before c, hit s1 as c did.
    expect(repeatOfC!.sameService).toEqual({ previous: a, daysApart: 90, services: ['s1'] });
    expect(repeatOfB!.sameService).toBeUndefined();
  });

  it('does not count an incident 91 days after the last one as a repeat', () => {
    expect(findRepeats(all).some((repeat) => repeat.incident.id === 'd')).toBe(false);
  });

  it('takes the window in days, as configured', () => {
    expect(findRepeats(all, 30)).toEqual([]);
    const within31 = findRepeats(all, 31);
    expect(within31.map((repeat) => repeat.incident.id)).toEqual(['c']);
    expect(within31[0]!.sameService).toBeUndefined();
    expect(findRepeats(all, 91).map((repeat) => repeat.incident.id)).toEqual(['d', 'c', 'b']);
    expect(() => findRepeats(all, -1)).toThrow(/whole number of days/);
  });

  it('judges the window by each incident’s own calendar date', () => {
    // 23:30 in Los Angeles on 1 April is already 2 April in UTC; the window counts 86 days from 5 January, not 87.
    const late = incident({
      id: 'late',
      date: '2025-04-01',
      startedAt: Date.parse('2025-04-01T23:30:00-07:00'),
      rootCause: 'tls',
      services: ['s9'],
    });
    expect(findRepeats([e, late], 86).map((repeat) => repeat.daysApart)).toEqual([86]);
  });

  it('ranks categories by incidents, then repeats, with first and latest dates', () => {
    expect(rankRootCauses(all, findRepeats(all))).toEqual([
      {
        category: 'dns',
        incidents: 4,
        repeats: 2,
        sameServiceRepeats: 1,
        firstDate: '2025-01-01',
        lastDate: '2025-07-01',
      },
      {
        category: 'tls',
        incidents: 1,
        repeats: 0,
        sameServiceRepeats: 0,
        firstDate: '2025-01-05',
        lastDate: '2025-01-05',
      },
    ]);
  });

  it('counts each category per quarter', () => {
    expect(rootCauseTrend(all, ['dns', 'tls'])).toEqual([
      { quarter: '2025-Q1', counts: { dns: 2, tls: 1 } },
      { quarter: '2025-Q2', counts: { dns: 1, tls: 0 } },
      { quarter: '2025-Q3', counts: { dns: 1, tls: 0 } },
    ]);
  });
});
