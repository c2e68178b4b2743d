import { describe, expect, it } from 'vitest';
import { readZone, statedZone, zoneAfter, zoneForDate } from '../../../../src/lib/import/zones.ts';

describe('zone names', () => {
  it('reads abbreviations from one table, with their offsets and IANA zones', () => {
    expect(readZone('(UTC)')).toMatchObject({ text: 'UTC', offset: 0, zone: 'UTC' });
    expect(readZone('PDT')).toMatchObject({ offset: -420, zone: 'America/Los_Angeles' });
    expect(readZone('PT')).toMatchObject({ zone: 'America/Los_Angeles', offset: undefined });
    expect(readZone('WAT')).toMatchObject({ offset: 60, zone: 'Africa/Lagos' });
    expect(readZone('EAT')).toMatchObject({ offset: 180, zone: 'Africa/Nairobi' });
    expect(readZone('SAST')).toMatchObject({ offset: 120, zone: 'Africa/Johannesburg' });
    expect(readZone('UTC+5:30')).toMatchObject({ offset: 330 });
    expect(readZone('GMT-05:00')).toMatchObject({ offset: -300 });
  });

  it('reads only zone names: words and lower-case look-alikes are not zones', () => {
    expect(readZone('API')).toBeUndefined();
    expect(readZone('eat')).toBeUndefined();
    expect(readZone('cat')).toBeUndefined();
  });

  it('reads an ambiguous abbreviation the most likely way, and says what else it can mean', () => {
    expect(readZone('IST')).toMatchObject({ offset: 330, zone: 'Asia/Kolkata' });
    expect(readZone('IST')!.note).toMatch(/Irish Standard Time.*Israel Standard Time/);
    expect(readZone('CST')!.note).toMatch(/China Standard Time/);
    expect(readZone('BST')!.note).toMatch(/Bangladesh/);
    expect(readZone('EAT')!.note).toBeUndefined();
  });

  it('reads long names after a time, including the abbreviation in brackets', () => {
    expect(zoneAfter(' West African Time the alias')).toMatchObject({
      zone: { text: 'West African Time', offset: 60, zone: 'Africa/Lagos' },
      length: 18,
    });
    expect(zoneAfter(' Greenwich Mean Time')).toMatchObject({ zone: { offset: 0 } });
    expect(zoneAfter(' Eastern Time (ET): x')).toMatchObject({ zone: { zone: 'America/New_York' }, length: 18 });
    expect(zoneAfter(' Eastern African Time (EAT)')).toMatchObject({ zone: { offset: 180 } });
    expect(zoneAfter(' (UTC): x')).toMatchObject({ zone: { offset: 0 }, length: 6 });
    // An offset followed by the entry's colon is still the offset, not GMT with "+1:" left over.
    expect(zoneAfter(' GMT+1: The issue was detected')).toMatchObject({ zone: { offset: 60 }, length: 6 });
    // "West African Time" is not WEST (Western European Summer Time).
    expect(zoneAfter(' West African Time')!.zone.offset).toBe(60);
  });

  it('flags a standard-time name written for a summer date, and reads it as local time', () => {
    const july = zoneForDate(readZone('PST')!, { year: 2024, month: 7, day: 9 });
    expect(july.offset).toBeUndefined();
    expect(july.zone).toBe('America/Los_Angeles');
    expect(july.note).toMatch(/"PST" is standard time, but America\/Los_Angeles was on daylight time \(UTC-7\)/);
    expect(zoneForDate(readZone('PST')!, { year: 2024, month: 1, day: 9 })).toEqual(readZone('PST'));
    expect(zoneForDate(readZone('EDT')!, { year: 2024, month: 12, day: 2 }).note).toMatch(/daylight time, but/);
  });

  it('finds the zone a document states for every time', () => {
    expect(statedZone('## Timeline (all times West African Time)')).toMatchObject({ zone: 'Africa/Lagos' });
    expect(statedZone('All times are in Central European Time.')).toMatchObject({ zone: 'Europe/Berlin' });
    expect(statedZone('Timeline (UTC)')).toMatchObject({ zone: 'UTC' });
    expect(statedZone('Times in Europe/Berlin')).toMatchObject({ zone: 'Europe/Berlin' });
    expect(statedZone('Time zone: EAT')).toMatchObject({ offset: 180 });
    expect(statedZone('At the time, nobody knew.')).toBeUndefined();
  });
});
