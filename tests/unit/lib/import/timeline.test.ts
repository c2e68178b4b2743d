import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../../../src/lib/import/markdown.ts';
import { readEventLine, readTimeline } from '../../../../src/lib/import/timeline.ts';

const section = (markdown: string, heading?: string) => ({ ...readMarkdown(markdown), heading });

describe('timeline lines', () => {
  it.each([
    ['- 10:42 AM (UTC) - The job ran.', { hour: 10, minute: 42 }, 'UTC', 'The job ran.'],
    ['* 23:40 CEST — The sync started.', { hour: 23, minute: 40 }, 'CEST', 'The sync started.'],
    ['* 9:15am PT: Cached predictions.', { hour: 9, minute: 15 }, 'PT', 'Cached predictions.'],
    ['- **14:05** Alert fired', { hour: 14, minute: 5 }, undefined, 'Alert fired'],
    ['- **10:15 AM**: Support paged on-call.', { hour: 10, minute: 15 }, undefined, 'Support paged on-call.'],
    ['* [13:26] Rollback started', { hour: 13, minute: 26 }, undefined, 'Rollback started'],
    ['1. `14:05 UTC` - Alert fired', { hour: 14, minute: 5 }, 'UTC', 'Alert fired'],
    ['* 13:20PM :- Issue was detected', { hour: 13, minute: 20 }, undefined, 'Issue was detected'],
    ['12:00pm EAT: Issue was detected.', { hour: 12, minute: 0 }, 'EAT', 'Issue was detected.'],
    [
      'Around 7:15pm Greenwich Mean Time the alias was switched',
      { hour: 19, minute: 15 },
      'Greenwich Mean Time',
      'the alias was switched',
    ],
    [
      '- Rolled back the release at 02:30 PM (UTC).',
      { hour: 14, minute: 30 },
      'UTC',
      'Rolled back the release at 02:30 PM (UTC).',
    ],
  ])('%s', (line, time, zone, text) => {
    const event = readEventLine(line)!;
    expect(event.time).toMatchObject(time);
    expect(event.zone?.text).toBe(zone);
    expect(event.text).toBe(text);
  });

  it('reads a date before or after the time on the line', () => {
    expect(readEventLine('May 10, 2024, 10:00 AM: The build finished.')).toMatchObject({
      date: { year: 2024, month: 5, day: 10 },
      time: { hour: 10 },
      text: 'The build finished.',
    });
    expect(readEventLine('16-10-2024 11:58 - Alert fired')).toMatchObject({
      date: { year: 2024, month: 10, day: 16 },
      time: { hour: 11, minute: 58 },
    });
    expect(readEventLine('* 13:15 PST 29 april 2022 - a customer complained', 2022)).toMatchObject({
      date: { year: 2022, month: 4, day: 29 },
      zone: { text: 'PST' },
      text: 'a customer complained',
    });
    expect(readEventLine('- [12-05 16:21] Deploy started', 2024)).toMatchObject({
      date: { year: 2024, month: 12, day: 5 },
      dateNote: '"12-05" was read as month-day in 2024',
      time: { hour: 16, minute: 21 },
    });
  });

  it('is not fooled by numbers that are not times', () => {
    expect(readEventLine('- The pool had 50 connections and 3 replicas.')).toBeUndefined();
  });
});

describe('timeline sections', () => {
  it('reads dates from headings, table rows with their zone column, and keeps the rest', () => {
    const read = readTimeline(
      section(
        [
          '### 2024-10-26',
          '- 23:40 CEST — Started.',
          '',
          '**2024-10-27**',
          '',
          '- 02:00 CET — Skipped.',
          '',
          '| Time (UTC) | Event | Note |',
          '| --- | --- | --- |',
          '| 07:31 | Fixed | by hand |',
          '',
          'A note without a time.',
        ].join('\n'),
      ),
      2024,
    );
    expect(read.events.map((event) => [event.date?.day, event.time.hour, event.zone?.text, event.text])).toEqual([
      [26, 23, 'CEST', 'Started.'],
      [27, 2, 'CET', 'Skipped.'],
      [27, 7, undefined, 'Fixed — by hand'],
    ]);
    expect(read.zone).toMatchObject({ text: 'UTC' });
    expect(read.leftover).toEqual(['A note without a time.']);
  });

  it('joins entries that continue over two lines, and takes text under a time heading', () => {
    const read = readTimeline(
      section(
        [
          '- 10:15 Support paged on-call, who',
          '  started looking at dashboards.',
          '### 4:27',
          'The alias was moved',
          'by hand.',
          '### 4:40',
          'Fresh again.',
        ].join('\n'),
      ),
    );
    expect(read.events.map((event) => [event.time.hour, event.time.minute, event.text])).toEqual([
      [10, 15, 'Support paged on-call, who started looking at dashboards.'],
      [4, 27, 'The alias was moved by hand.'],
      [4, 40, 'Fresh again.'],
    ]);
  });

  it('never reads log lines in code blocks, and keeps them for the body', () => {
    const read = readTimeline(
      section(['- 23:42 The job stopped.', '', '```', '2019-10-21 23:42:10 ERROR lock wait timeout', '```'].join('\n')),
    );
    expect(read.events).toHaveLength(1);
    expect(read.leftover).toEqual(['```', '2019-10-21 23:42:10 ERROR lock wait timeout', '```']);
  });

  it('reads entries wrapped in HTML paragraphs', () => {
    const read = readTimeline(section('<p>&emsp;:small_orange_diamond:16:15 GMT+1: The alert fired.</p>\n'));
    expect(read.events.map((event) => [event.time.hour, event.zone?.offset, event.text])).toEqual([
      [16, 60, 'The alert fired.'],
    ]);
  });

  it('splits entries run together on one line', () => {
    const read = readTimeline(section('12:00pm EAT: Issue was detected. 12:06pm EAT: Ran curl on the server.'));
    expect(read.events.map((event) => [event.time.minute, event.text])).toEqual([
      [0, 'Issue was detected.'],
      [6, 'Ran curl on the server.'],
    ]);
  });

  it('takes the date of every entry from a statement or the section heading', () => {
    const stated = readTimeline(
      section('Unless otherwise noted all events happened on 2019-10-21.\n\n- 23:10 Started.'),
    );
    expect(stated.events[0]!.date).toEqual({ year: 2019, month: 10, day: 21 });
    const headed = readTimeline(section('2:00 PM: Reports came in.', 'Timeline of events (20th December 2023)'));
    expect(headed.events[0]).toMatchObject({ date: { year: 2023, month: 12, day: 20 }, dateFrom: 'heading' });
  });
});
