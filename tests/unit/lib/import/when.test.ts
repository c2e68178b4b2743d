import { describe, expect, it } from 'vitest';
import { clockTimesIn, findDate, instantOf, readClock, readZone } from '../../../../src/lib/import/when.ts';

describe('dates as written', () => {
  it.each([
    ['2024-03-14', { year: 2024, month: 3, day: 14 }],
    ['On Thursday, March 14, 2024, requests', { year: 2024, month: 3, day: 14 }],
    ['Incident report (5 June 2023)', { year: 2023, month: 6, day: 5 }],
    ['Mar 14th 2024', { year: 2024, month: 3, day: 14 }],
    ['14/03/2024', { year: 2024, month: 3, day: 14 }],
    ['03/14/2024', { year: 2024, month: 3, day: 14 }],
    ['16-10-2024 11:58 - alert', { year: 2024, month: 10, day: 16 }],
    ['May 10, 2024, 10:00 AM: started', { year: 2024, month: 5, day: 10 }],
    ['Tuesday, 5th of March 2024', { year: 2024, month: 3, day: 5 }],
  ])('%s', (text, date) => {
    expect(findDate(text)?.date).toEqual(date);
  });

  it('takes the year given when the text has none, and says so', () => {
    expect(findDate('### March 15', 2024)).toMatchObject({
      date: { year: 2024, month: 3, day: 15 },
      note: '"March 15" has no year; 2024 assumed',
    });
    expect(findDate('[12-05 16:21] deploy', 2024)).toMatchObject({
      date: { year: 2024, month: 12, day: 5 },
      note: '"12-05" was read as month-day in 2024',
    });
  });

  it('reads a date whose day and month could swap, and says which way it read it', () => {
    expect(findDate('03/04/2024')).toMatchObject({
      date: { month: 3, day: 4 },
      note: expect.stringMatching(/may be day\/month/),
    });
  });

  it('skips what is not a calendar date', () => {
    expect(findDate('2024-02-30')).toBeUndefined();
    expect(findDate('you may be right')).toBeUndefined();
    expect(findDate('For 70 minutes on the evening', 2023)).toBeUndefined();
    expect(findDate('version 1.2.3 on port 8080')).toBeUndefined();
  });
});

describe('clock times as written', () => {
  it.each([
    ['10:42 AM (UTC) - x', 10, 42],
    ['12:05 am', 0, 5],
    ['2:10 PM', 14, 10],
    ['9:15am PT', 9, 15],
    ['12:00 p.m. EAT', 12, 0],
    ['6PM to 7PM', 18, 0],
    ['2100hrs WAT', 21, 0],
    ['14:15pm', 14, 15],
    ['14.05 CET', 14, 5],
  ])('%s', (text, hour, minute) => {
    expect(readClock(text)?.time).toMatchObject({ hour, minute });
  });

  it('refuses what is not a clock time', () => {
    expect(readClock('13:00 AM')).toBeUndefined();
    expect(readClock('24:10')).toBeUndefined();
    expect(readClock('3 engineers')).toBeUndefined();
  });

  it('finds the times in a summary, with the zone written after each', () => {
    expect(
      clockTimesIn('From 10:42 AM to 11:58 AM UTC on March 14').map((found) => [found.time.hour, found.zone?.text]),
    ).toEqual([
      [10, undefined],
      [11, 'UTC'],
    ]);
    expect(clockTimesIn('from 6PM to 7PM GMT').map((found) => found.time.hour)).toEqual([18, 19]);
    expect(clockTimesIn('a ratio of 3:1, port 8080:443, 10.15 seconds')).toEqual([]);
  });

  it('turns a date, time and zone into an instant: fixed offsets as written, named zones by date', () => {
    const date = { year: 2024, month: 10, day: 27 };
    const time = { hour: 2, minute: 30, second: 0 };
    expect(instantOf(date, time, readZone('CEST')!)).toEqual({ ok: true, iso: '2024-10-27T02:30:00+02:00' });
    expect(instantOf({ ...date, month: 7 }, time, readZone('PT')!)).toEqual({
      ok: true,
      iso: '2024-07-27T02:30:00-07:00',
    });
  });
});
