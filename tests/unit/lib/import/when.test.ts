import { describe, expect, it } from 'vitest';
import { clockTimesIn, findDate, instantOf, readClock, readZone, statedZone } from '../../../../src/lib/import/when.ts';

describe('dates as written', () => {
  it.each([
    ['2024-03-14', { year: 2024, month: 3, day: 14 }],
    ['On Thursday, March 14, 2024, requests', { year: 2024, month: 3, day: 14 }],
    ['Incident report (5 June 2023)', { year: 2023, month: 6, day: 5 }],
    ['Mar 14th 2024', { year: 2024, month: 3, day: 14 }],
    ['14/03/2024', { year: 2024, month: 3, day: 14 }],
    ['03/14/2024', { year: 2024, month: 3, day: 14 }],
  ])('%s', (text, date) => {
    expect(findDate(text)?.date).toEqual(date);
  });

  it('take the year given when the text has none, and skip what is not a date', () => {
    expect(findDate('### March 15', 2024)?.date).toEqual({ year: 2024, month: 3, day: 15 });
    expect(findDate('03/04/2024')).toBeUndefined();
    expect(findDate('2024-02-30')).toBeUndefined();
    expect(findDate('you may be right')).toBeUndefined();
  });
});

describe('zones and clock times as written', () => {
  it('read zone names and offsets, and only those', () => {
    expect(readZone('(UTC)')).toEqual({ text: 'UTC', offset: 0, zone: 'UTC' });
    expect(readZone('PDT')).toEqual({ text: 'PDT', offset: -420, zone: 'America/Los_Angeles' });
    expect(readZone('PT')).toEqual({ text: 'PT', zone: 'America/Los_Angeles' });
    expect(readZone('UTC+5:30')).toMatchObject({ offset: 330 });
    expect(readZone('API')).toBeUndefined();
  });

  it('find the zone a document says its times are in', () => {
    expect(statedZone('All times are in Central European Time.')).toEqual({
      text: 'Central European Time',
      zone: 'Europe/Berlin',
    });
    expect(statedZone('## Timeline (all times UTC)')).toMatchObject({ zone: 'UTC' });
    expect(statedZone('Times in Europe/Berlin')).toEqual({ text: 'Europe/Berlin', zone: 'Europe/Berlin' });
    expect(statedZone('At the time, nobody knew.')).toBeUndefined();
  });

  it('read 12-hour and 24-hour clocks', () => {
    expect(readClock('10:42 AM (UTC) - x')?.time).toEqual({ hour: 10, minute: 42, second: 0 });
    expect(readClock('12:05 am')?.time).toEqual({ hour: 0, minute: 5, second: 0 });
    expect(readClock('2:10 PM')?.time).toEqual({ hour: 14, minute: 10, second: 0 });
    expect(readClock('9:15am PT')?.time).toEqual({ hour: 9, minute: 15, second: 0 });
    expect(readClock('23:40:15 CEST')?.time).toEqual({ hour: 23, minute: 40, second: 15 });
    expect(readClock('13:00 PM')).toBeUndefined();
    expect(readClock('24:10')).toBeUndefined();
  });

  it('find the times in a summary, with the zone written after them', () => {
    expect(clockTimesIn('From 10:42 AM to 11:58 AM UTC on March 14')).toEqual([
      { time: { hour: 10, minute: 42, second: 0 }, zone: undefined },
      { time: { hour: 11, minute: 58, second: 0 }, zone: { text: 'UTC', offset: 0, zone: 'UTC' } },
    ]);
  });

  it('turn a date, time and zone into an instant: fixed offsets as written, named zones by date', () => {
    const date = { year: 2024, month: 10, day: 27 };
    const time = { hour: 2, minute: 30, second: 0 };
    expect(instantOf(date, time, readZone('CEST')!)).toEqual({ ok: true, iso: '2024-10-27T02:30:00+02:00' });
    expect(instantOf({ ...date, month: 7 }, time, readZone('PT')!)).toEqual({
      ok: true,
      iso: '2024-07-27T02:30:00-07:00',
    });
  });
});
