import { describe, expect, it } from 'vitest';
import { calendarDateIn, formatCalendarDate, wallClockIn, zonedTime } from '../../../../src/lib/time/format.ts';
import { zoneAbbreviation } from '../../../../src/lib/time/zones.ts';
import fc from 'fast-check';

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

describe('readings worked out without asking Intl each time', () => {
  // A formatter per zone and options, built here, so the reference is Intl itself and the sweeps stay quick.
  const formatters = new Map<string, Intl.DateTimeFormat>();
  const intlParts = (instant: Date, timeZone: string, options: Intl.DateTimeFormatOptions) => {
    const key = `${timeZone}|${JSON.stringify(options)}`;
    if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat('en-US', { timeZone, ...options }));
    return Object.fromEntries(
      formatters
        .get(key)!
        .formatToParts(instant)
        .map((part) => [part.type, part.value]),
    );
  };
  const ZONES = [
    'UTC',
    'Europe/London',
    'America/Los_Angeles',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'America/St_Johns',
  ];

  /** A zone's date and time as Intl reads them: ["Sat 12 Jul 2025", "01:59"]. */
  const intlLocal = (instant: Date, timeZone: string) => {
    const local = intlParts(instant, timeZone, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    return [`${local.weekday} ${local.day} ${local.month} ${local.year}`, `${local.hour}:${local.minute}`];
  };

  it('agree with Intl on the UTC reading, the zone abbreviation and calendar dates', () => {
    fc.assert(
      fc.property(
        // 1990-2040, to the second.
        fc.integer({ min: 631_152_000, max: 2_208_988_800 }),
        fc.constantFrom(...ZONES),
        (seconds, timeZone) => {
          const instant = new Date(seconds * 1000);
          const reading = zonedTime(instant, timeZone);
          const utc = intlParts(instant, 'UTC', {
            year: 'numeric',
            month: '2-digit',
            day: '2-digit',
            hour: '2-digit',
            minute: '2-digit',
            hourCycle: 'h23',
          });
          expect(reading.utc).toBe(`${utc.year}-${utc.month}-${utc.day} ${utc.hour}:${utc.minute} UTC`);
          expect(reading.zone).toBe(zoneAbbreviation(instant, timeZone));
          const inUtc = zonedTime(instant, 'UTC');
          expect([inUtc.date, inUtc.time, inUtc.zone]).toEqual([...intlLocal(instant, 'UTC'), 'UTC']);
          const date = instant.toISOString().slice(0, 10);
          const intlDate = intlParts(new Date(`${date}T12:00:00Z`), 'UTC', {
            day: 'numeric',
            month: 'short',
            year: 'numeric',
          });
          expect(formatCalendarDate(date)).toBe(`${intlDate.day} ${intlDate.month} ${intlDate.year}`);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("agree with Intl on the zone's own date and time, in every zone the runtime knows, 1900-2100", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_208_988_800, max: 4_102_444_800 }),
        fc.constantFrom(...Intl.supportedValuesOf('timeZone')),
        (seconds, timeZone) => {
          const instant = new Date(seconds * 1000);
          const reading = zonedTime(instant, timeZone);
          expect([reading.date, reading.time]).toEqual(intlLocal(instant, timeZone));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('agree with Intl every quarter hour of a year, across the changes of zones with odd offsets and rules', () => {
    const zones = [...ZONES, 'Africa/Casablanca', 'America/Santiago', 'Asia/Gaza', 'Asia/Tehran', 'Pacific/Apia'];
    const mismatches: string[] = [];
    for (const timeZone of zones) {
      for (let at = Date.UTC(2024, 11, 31); at < Date.UTC(2026, 0, 2); at += 15 * 60_000) {
        const instant = new Date(at);
        const reading = zonedTime(instant, timeZone);
        const expected = intlLocal(instant, timeZone);
        if (reading.date !== expected[0] || reading.time !== expected[1]) {
          mismatches.push(
            `${timeZone} ${instant.toISOString()}: ${reading.date} ${reading.time} vs ${expected.join(' ')}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
