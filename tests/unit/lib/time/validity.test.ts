import { describe, expect, it } from 'vitest';
import { findDate, readClock, readZone } from '../../../../src/lib/import/when.ts';
import {
  isRealClockTime,
  isRealDate,
  isRealDateText,
  isRealInstantText,
  isRealOffset,
} from '../../../../src/lib/time/validity.ts';
import { parseTimeInput } from '../../../../src/lib/time/input.ts';
import { calendarDate, instant } from '../../../../src/schema/fields.ts';

describe('a real date', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2000-02-29', true],
    ['2100-02-29', false],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
  ])('%s is real: %s', (text, real) => {
    expect(isRealDateText(text)).toBe(real);
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    expect(isRealDate({ year, month, day })).toBe(real);
  });
});

describe('a real time and offset', () => {
  it('takes hours 00-23 and minutes and seconds 00-59', () => {
    expect(isRealClockTime({ hour: 23, minute: 59, second: 59 })).toBe(true);
    expect(isRealClockTime({ hour: 0, minute: 0 })).toBe(true);
    expect(isRealClockTime({ hour: 24, minute: 0 })).toBe(false);
    expect(isRealClockTime({ hour: 12, minute: 60 })).toBe(false);
    expect(isRealClockTime({ hour: 12, minute: 0, second: 60 })).toBe(false);
  });

  it('takes offsets up to ±14:00 with minutes 00-59', () => {
    expect(isRealOffset(14, 0)).toBe(true);
    expect(isRealOffset(5, 45)).toBe(true);
    expect(isRealOffset(14, 1)).toBe(false);
    expect(isRealOffset(5, 60)).toBe(false);
  });

  it.each([
    ['2024-02-29T10:00:00Z', true],
    ['2025-07-12T01:59-07:00', true],
    ['2025-07-12T01:59:00.250+14:00', true],
    ['2025-02-29T10:00:00Z', false],
    ['2025-07-12T24:00:00Z', false],
    ['2025-07-12T23:60:00Z', false],
    ['2025-07-12T10:00:00+14:01', false],
    ['2025-07-12T10:00:00-14:01', false],
    ['2025-07-12T10:00:00+05:60', false],
    ['2025-07-12 10:00:00Z', false],
  ])('%s is a real instant: %s', (text, real) => {
    expect(isRealInstantText(text)).toBe(real);
  });
});

describe('one rule for the schema, the importer and npm run new', () => {
  const schemaAccepts = (field: typeof instant | typeof calendarDate, text: string) => field.safeParse(text).success;

  it('rejects 29 February outside a leap year everywhere, and accepts it in one', () => {
    expect(schemaAccepts(calendarDate, '2025-02-29')).toBe(false);
    expect(schemaAccepts(instant, '2025-02-29T10:00:00Z')).toBe(false);
    expect(parseTimeInput('2025-02-29 10:00', 'UTC').ok).toBe(false);
    expect(findDate('2025-02-29')).toBeUndefined();

    expect(schemaAccepts(calendarDate, '2024-02-29')).toBe(true);
    expect(schemaAccepts(instant, '2024-02-29T10:00:00Z')).toBe(true);
    expect(parseTimeInput('2024-02-29 10:00', 'UTC').ok).toBe(true);
    expect(findDate('2024-02-29')?.date).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('rejects 24:00 everywhere', () => {
    expect(schemaAccepts(instant, '2025-03-01T24:00:00Z')).toBe(false);
    expect(parseTimeInput('2025-03-01 24:00', 'UTC').ok).toBe(false);
    expect(parseTimeInput('2025-03-01T24:00:00Z', 'UTC').ok).toBe(false);
    expect(readClock('24:00')).toBeUndefined();
  });

  it('rejects an offset beyond ±14:00 everywhere', () => {
    expect(schemaAccepts(instant, '2025-03-01T10:00:00+14:01')).toBe(false);
    expect(parseTimeInput('2025-03-01T10:00:00+14:01', 'UTC').ok).toBe(false);
    expect(readZone('UTC+14:01')).toBeUndefined();

    expect(schemaAccepts(instant, '2025-03-01T10:00:00+14:00')).toBe(true);
    expect(parseTimeInput('2025-03-01T10:00:00+14:00', 'UTC').ok).toBe(true);
    expect(readZone('UTC+14:00')?.offset).toBe(14 * 60);
  });
});
