import { describe, expect, it } from 'vitest';
import { parseTimeInput } from '../../../../src/lib/time/input.ts';

describe('times typed by authors', () => {
  it('take the zone offset of that date, DST included', () => {
    expect(parseTimeInput('2025-03-01 14:05', 'Europe/Berlin')).toEqual({ ok: true, iso: '2025-03-01T14:05:00+01:00' });
    expect(parseTimeInput('2025-07-01 14:05', 'Europe/Berlin')).toEqual({ ok: true, iso: '2025-07-01T14:05:00+02:00' });
    expect(parseTimeInput('2025-06-01T09:30', 'Asia/Kathmandu')).toEqual({
      ok: true,
      iso: '2025-06-01T09:30:00+05:45',
    });
  });

  it('keep an offset that is written, and accept Z and +hhmm', () => {
    expect(parseTimeInput('2025-07-12T01:59:00-07:00', 'Europe/Berlin')).toEqual({
      ok: true,
      iso: '2025-07-12T01:59:00-07:00',
    });
    expect(parseTimeInput('2025-07-12 08:59Z', 'UTC')).toEqual({ ok: true, iso: '2025-07-12T08:59:00Z' });
    expect(parseTimeInput('2025-07-12T08:59:00+0530', 'UTC')).toEqual({ ok: true, iso: '2025-07-12T08:59:00+05:30' });
  });

  it('refuse a time the clocks skipped, and say why', () => {
    const result = parseTimeInput('2026-03-29 02:30', 'Europe/Berlin');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/did not happen in Europe\/Berlin: the clocks skipped it/);
  });

  it('take the first of a repeated time, with a note on how to write the second', () => {
    const result = parseTimeInput('2025-11-02 01:30', 'America/Los_Angeles');
    expect(result).toMatchObject({ ok: true, iso: '2025-11-02T01:30:00-07:00' });
    expect(result.ok && result.note).toMatch(/happened twice .* write 2025-11-02T01:30:00-08:00 for the second/);
  });

  it('refuse what is not a real time', () => {
    expect(parseTimeInput('2025-02-30 10:00', 'UTC').ok).toBe(false);
    expect(parseTimeInput('2025-02-03T25:00:00Z', 'UTC').ok).toBe(false);
    const words = parseTimeInput('yesterday at ten', 'UTC');
    expect(!words.ok && words.message).toMatch(/write it as 2025-03-01 14:05/);
  });

  it('refuse an offset no zone uses, and a day that is not in the calendar', () => {
    expect(parseTimeInput('2025-07-12T08:59:00+14:01', 'UTC').ok).toBe(false);
    expect(parseTimeInput('2025-07-12T08:59:00+14:00', 'UTC')).toEqual({ ok: true, iso: '2025-07-12T08:59:00+14:00' });
    expect(parseTimeInput('2025-02-29 10:00', 'UTC').ok).toBe(false);
    expect(parseTimeInput('2024-02-29 10:00', 'UTC').ok).toBe(true);
    expect(parseTimeInput('2025-03-01 24:00', 'UTC').ok).toBe(false);
  });
});
