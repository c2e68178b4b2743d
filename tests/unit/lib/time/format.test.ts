import { describe, expect, it } from 'vitest';
import { calendarDateIn, formatCalendarDate, wallClockIn, zonedTime } from '../../../../src/lib/time/format.ts';

describe('zonedTime', () => {
  it('shows the incident zone with a DST-aware abbreviation, and UTC', () => {
    expect(zonedTime(new Date('2025-07-12T08:59:00Z'), 'America/Los_Angeles')).toMatchObject({
      date: 'Sat 12 Jul 2025',
      time: '01:59',
      zone: 'PDT',
      utc: '2025-07-12 08:59 UTC',
    });
    expect(zonedTime(new Date('2025-12-01T14:00:00Z'), 'America/Los_Angeles').zone).toBe('PST');
  });

  it('does not depend on the machine zone', () => {
    const before = process.env.TZ;
    try {
      const results = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata'].map((zone) => {
        process.env.TZ = zone;
        return zonedTime(new Date('2025-11-02T09:35:00Z'), 'America/Los_Angeles');
      });
      expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
      expect(results[0]).toMatchObject({ time: '01:35', zone: 'PST' });
    } finally {
      process.env.TZ = before;
    }
  });

  it('gives the local calendar date, which can differ from the UTC one', () => {
    expect(calendarDateIn(new Date('2025-07-12T03:00:00Z'), 'America/Los_Angeles')).toBe('2025-07-11');
    expect(formatCalendarDate('2025-02-03')).toBe('3 Feb 2025');
  });
});

describe('wallClockIn', () => {
  it("gives the hour and ISO weekday on the zone's wall clock, not UTC's", () => {
    // 23:30 UTC on Saturday 29 March 2025 is 00:30 on Sunday in Berlin (CET, +01:00).
    expect(wallClockIn(new Date('2025-03-29T23:30:00Z'), 'Europe/Berlin')).toEqual({ hour: 0, weekday: 7 });
    expect(wallClockIn(new Date('2025-03-29T23:30:00Z'), 'UTC')).toEqual({ hour: 23, weekday: 6 });
    // After the spring-forward night: 01:30 UTC on 30 March is 03:30 CEST.
    expect(wallClockIn(new Date('2025-03-30T01:30:00Z'), 'Europe/Berlin')).toEqual({ hour: 3, weekday: 7 });
  });
});
