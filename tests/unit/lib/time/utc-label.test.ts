import { describe, expect, it } from 'vitest';
import { utcLabel } from '../../../../src/lib/time/utc-label.ts';

describe('utcLabel', () => {
  it('gives only the UTC time when the day is the same as on the local clock', () => {
    expect(utcLabel(new Date('2025-07-12T17:40:00Z'), 'Europe/Berlin')).toBe('17:40 UTC');
  });

  it('names the UTC day when it differs from the local one', () => {
    // 01:30 in Berlin on the 13th is still the 12th in UTC.
    expect(utcLabel(new Date('2025-07-12T23:30:00Z'), 'Europe/Berlin')).toBe('Sat 12 Jul 2025, 23:30 UTC');
    expect(utcLabel(new Date('2025-11-02T08:20:00Z'), 'America/Los_Angeles')).toBe('08:20 UTC');
    // 23:30 on 1 Nov in Los Angeles is already 2 Nov in UTC.
    expect(utcLabel(new Date('2025-11-02T06:30:00Z'), 'America/Los_Angeles')).toBe('Sun 2 Nov 2025, 06:30 UTC');
  });
});
