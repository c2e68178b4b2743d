import { describe, expect, it } from 'vitest';
import {
  canonicalTimeZone,
  isValidTimeZone,
  knownTimeZones,
  zoneAbbreviation,
} from '../../../../src/lib/time/zones.ts';

describe('time zone names', () => {
  it('accepts IANA names, including links', () => {
    for (const zone of [
      'Europe/Berlin',
      'America/Argentina/Buenos_Aires',
      'UTC',
      'Etc/GMT+5',
      'Asia/Kolkata',
      'America/Port-au-Prince',
    ]) {
      expect(isValidTimeZone(zone), zone).toBe(true);
    }
  });

  it('rejects wrong case, offsets, abbreviations that are not zones, and made-up names', () => {
    for (const zone of ['europe/berlin', '+05:30', 'Mars/Olympus', '', 'PDT']) {
      expect(isValidTimeZone(zone), zone).toBe(false);
    }
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
  });

  it('suggests zone names the runtime knows, UTC included', () => {
    expect(knownTimeZones()).toEqual(expect.arrayContaining(['Europe/Berlin', 'America/Los_Angeles', 'UTC']));
  });
});

describe('zone abbreviations', () => {
  it.each([
    ['Europe/Berlin', '2025-07-01T12:00:00Z', 'CEST'],
    ['Europe/Berlin', '2025-01-01T12:00:00Z', 'CET'],
    ['Europe/London', '2025-07-01T12:00:00Z', 'BST'],
    ['Asia/Kolkata', '2025-07-01T12:00:00Z', 'IST'],
    ['UTC', '2025-07-01T12:00:00Z', 'UTC'],
    ['Asia/Kathmandu', '2025-07-01T12:00:00Z', 'UTC+05:45'],
  ])('%s at %s is %s', (zone, instant, abbreviation) => {
    expect(zoneAbbreviation(new Date(instant), zone)).toBe(abbreviation);
  });
});
