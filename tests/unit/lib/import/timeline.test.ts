import { describe, expect, it } from 'vitest';
import { assignKinds, readEventLine, readTimeline, timeEvents } from '../../../../src/lib/import/timeline.ts';
import { readZone } from '../../../../src/lib/import/when.ts';

const UTC = readZone('UTC')!;
const DAY = { year: 2024, month: 3, day: 14 };

describe('timeline lines', () => {
  it.each([
    ['- 10:42 AM (UTC) - The job ran.', { hour: 10, minute: 42 }, 'UTC', 'The job ran.'],
    ['* 23:40 CEST — The sync started.', { hour: 23, minute: 40 }, 'CEST', 'The sync started.'],
    ['* 9:15am PT: Cached predictions.', { hour: 9, minute: 15 }, 'PT', 'Cached predictions.'],
    ['- **14:05** Alert fired', { hour: 14, minute: 5 }, undefined, 'Alert fired'],
    ['1. `14:05 UTC` - Alert fired', { hour: 14, minute: 5 }, 'UTC', 'Alert fired'],
    ['- 14:05 API latency rose', { hour: 14, minute: 5 }, undefined, 'API latency rose'],
  ])('%s', (line, time, zone, text) => {
    const event = readEventLine(line)!;
    expect(event.time).toMatchObject(time);
    expect(event.zone?.text).toBe(zone);
    expect(event.text).toBe(text);
  });

  it('read a date on the line itself', () => {
    expect(readEventLine('- 2024-03-15 02:10 UTC: Resolved.')).toMatchObject({
      date: { year: 2024, month: 3, day: 15 },
      dateOnLine: true,
      text: 'Resolved.',
    });
    expect(readEventLine('- Mar 15, 2:10 PM PST: Resolved.', 2024)).toMatchObject({
      date: { year: 2024, month: 3, day: 15 },
      time: { hour: 14, minute: 10 },
      zone: { text: 'PST' },
    });
  });

  it('take dates from headings, read table rows, and keep the rest', () => {
    const read = readTimeline(
      [
        '### 2024-10-26',
        '- 23:40 CEST — Started.',
        '**2024-10-27**',
        '- 02:00 CET — Skipped.',
        '',
        '| Time | Event |',
        '| --- | --- |',
        '| 07:31 CET | Fixed | by hand |',
        'A note without a time.',
      ],
      2024,
    );
    expect(read.events.map((event) => [event.date?.day, event.time.hour, event.text])).toEqual([
      [26, 23, 'Started.'],
      [27, 2, 'Skipped.'],
      [27, 7, 'Fixed — by hand'],
    ]);
    expect(read.leftover).toEqual(['A note without a time.']);
  });

  it('move a time that runs backwards to the next day, and say so', () => {
    const read = readTimeline(['- 23:50 - Late.', '- 00:10 - After midnight.']);
    const timed = timeEvents(read.events, DAY, UTC);
    expect(timed.events.map((event) => event.at)).toEqual(['2024-03-14T23:50:00+00:00', '2024-03-15T00:10:00+00:00']);
    expect(timed.notes[0]).toMatch(/read as the next day/);
  });
});

describe('event kinds', () => {
  const events = (lines: string[]) => timeEvents(readTimeline(lines).events, DAY, UTC).events;

  it('find started, detected and mitigated from the words, and the rest by keyword', () => {
    const { events: kinded, missing } = assignKinds(
      events([
        '- 10:00 - Release 42 rolled out.',
        '- 10:05 - The error-rate alert fired.',
        '- 10:10 - On-call assumed the database was slow; it was not.',
        '- 10:15 - Escalated to the payments team.',
        '- 10:20 - Logs pointed at release 42.',
        '- 10:30 - Release 42 was rolled back and errors stopped.',
        '- 12:00 - Fix deployed; incident resolved.',
      ]),
    );
    expect(kinded.map((event) => event.kind)).toEqual([
      'started',
      'detected',
      'misleading',
      'escalated',
      'action',
      'mitigated',
      'resolved',
    ]);
    expect(missing).toEqual([]);
  });

  it("prefer the summary's start and end times", () => {
    const { events: kinded } = assignKinds(
      events([
        '- 09:00 - Nightly job ran.',
        '- 10:00 - Job failed.',
        '- 10:05 - Alert fired.',
        '- 10:20 - Restored.',
        '- 10:30 - Error rate back to normal.',
      ]),
      { start: { hour: 10, minute: 0, second: 0 }, end: { hour: 10, minute: 30, second: 0 } },
    );
    expect(kinded.map((event) => event.kind)).toEqual(['note', 'started', 'detected', 'action', 'mitigated']);
  });

  it('report the milestones a short timeline lacks', () => {
    expect(assignKinds(events(['- 10:00 - It broke.'])).missing).toEqual(['detected', 'mitigated']);
    expect(assignKinds([]).missing).toEqual(['started', 'detected', 'mitigated']);
  });
});
