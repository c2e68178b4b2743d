import { describe, expect, it } from 'vitest';
import {
  formatOffset,
  isoInZone,
  offsetMinutesAt,
  offsetMinutesOn,
  wallTimeAtOffset,
  wallTimeInZone,
} from '../../../../src/lib/time/zoned.ts';

describe('wall times and instants in a zone', () => {
  it('convert instants and wall times both ways', () => {
    const epoch = Date.parse('2025-11-02T09:30:00Z');
    expect(offsetMinutesAt(epoch, 'America/Los_Angeles')).toBe(-480);
    expect(isoInZone(epoch, 'America/Los_Angeles')).toBe('2025-11-02T01:30:00-08:00');
    expect(wallTimeInZone({ year: 2025, month: 1, day: 14, hour: 11, minute: 5 }, 'UTC')).toEqual({
      ok: true,
      iso: '2025-01-14T11:05:00+00:00',
    });
  });

  it('write offsets as ±HH:MM', () => {
    expect(formatOffset(-420)).toBe('-07:00');
    expect(formatOffset(345)).toBe('+05:45');
    expect(formatOffset(0)).toBe('+00:00');
  });

  it('give the offset of a day, standard or daylight time', () => {
    expect(offsetMinutesOn({ year: 2025, month: 1, day: 15 }, 'America/Los_Angeles')).toBe(-480);
    expect(offsetMinutesOn({ year: 2025, month: 7, day: 15 }, 'America/Los_Angeles')).toBe(-420);
    expect(offsetMinutesOn({ year: 2025, month: 7, day: 15 }, 'Asia/Kathmandu')).toBe(345);
  });

  it('place a wall time at a fixed offset', () => {
    expect(wallTimeAtOffset({ year: 2024, month: 10, day: 27, hour: 2, minute: 30, second: 0 }, 120)).toEqual({
      ok: true,
      iso: '2024-10-27T02:30:00+02:00',
    });
    expect(wallTimeAtOffset({ year: 2025, month: 2, day: 29, hour: 2, minute: 30 }, 0).ok).toBe(false);
  });
});

describe('daylight saving time', () => {
  it.each([
    // Spring forward: the hour from 02:00 to 03:00 does not exist.
    ['Europe/Berlin', { year: 2026, month: 3, day: 29, hour: 2, minute: 0 }],
    ['Europe/Berlin', { year: 2026, month: 3, day: 29, hour: 2, minute: 59 }],
    ['America/Los_Angeles', { year: 2025, month: 3, day: 9, hour: 2, minute: 30 }],
    // Lord Howe Island moves its clocks by 30 minutes.
    ['Australia/Lord_Howe', { year: 2025, month: 10, day: 5, hour: 2, minute: 15 }],
  ])('a time the clocks skipped in %s is refused', (zone, wall) => {
    const result = wallTimeInZone(wall, zone);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(new RegExp(`did not happen in ${zone.replace('/', '\\/')}`));
  });

  it('the minutes either side of a gap are kept, each with its own offset', () => {
    expect(wallTimeInZone({ year: 2026, month: 3, day: 29, hour: 1, minute: 59 }, 'Europe/Berlin')).toEqual({
      ok: true,
      iso: '2026-03-29T01:59:00+01:00',
    });
    expect(wallTimeInZone({ year: 2026, month: 3, day: 29, hour: 3, minute: 0 }, 'Europe/Berlin')).toEqual({
      ok: true,
      iso: '2026-03-29T03:00:00+02:00',
    });
  });

  it.each([
    ['Europe/Berlin', { year: 2025, month: 10, day: 26, hour: 2, minute: 30 }, '+02:00', '2025-10-26T02:30:00+01:00'],
    [
      'America/Los_Angeles',
      { year: 2025, month: 11, day: 2, hour: 1, minute: 0 },
      '-07:00',
      '2025-11-02T01:00:00-08:00',
    ],
    ['Australia/Sydney', { year: 2025, month: 4, day: 6, hour: 2, minute: 45 }, '+11:00', '2025-04-06T02:45:00+10:00'],
  ])('a time repeated in %s takes the first, and says how to write the second', (zone, wall, first, second) => {
    const result = wallTimeInZone(wall, zone);
    expect(result.ok && result.iso.endsWith(first)).toBe(true);
    expect(result.ok && result.note).toContain(`write ${second} for the second`);
  });

  it('the first and the second of a repeated time are an hour apart', () => {
    const result = wallTimeInZone({ year: 2025, month: 11, day: 2, hour: 1, minute: 30 }, 'America/Los_Angeles');
    const second = result.ok ? /write (\S+) for the second/.exec(result.note ?? '')?.[1] : undefined;
    expect(result.ok && Date.parse(second!) - Date.parse(result.iso)).toBe(3_600_000);
  });

  it('a time outside any change has no note', () => {
    expect(wallTimeInZone({ year: 2025, month: 11, day: 2, hour: 3, minute: 0 }, 'America/Los_Angeles')).toEqual({
      ok: true,
      iso: '2025-11-02T03:00:00-08:00',
    });
  });

  it('does not depend on the machine zone', () => {
    const before = process.env.TZ;
    try {
      const results = ['UTC', 'Pacific/Auckland', 'America/Los_Angeles'].map((machine) => {
        process.env.TZ = machine;
        return wallTimeInZone({ year: 2025, month: 11, day: 2, hour: 1, minute: 30 }, 'America/Los_Angeles');
      });
      expect(new Set(results.map((result) => JSON.stringify(result))).size).toBe(1);
    } finally {
      process.env.TZ = before;
    }
  });
});
