import { describe, expect, it } from 'vitest';
import { assignKinds } from '../../../../src/lib/import/milestones.ts';
import { timeEvents } from '../../../../src/lib/import/time-events.ts';
import type { WrittenEvent } from '../../../../src/lib/import/timeline.ts';
import { readZone } from '../../../../src/lib/import/zones.ts';

const DAY = { year: 2024, month: 3, day: 14 };
const UTC = readZone('UTC')!;
const event = (hour: number, minute: number, text: string, extra: Partial<WrittenEvent> = {}): WrittenEvent => ({
  time: { hour, minute, second: 0 },
  text,
  source: text,
  ...extra,
});

describe('instants for timeline entries', () => {
  it('flags a time that runs backwards instead of moving it, and every later entry, to the next day', () => {
    const { events, notes } = timeEvents([event(23, 50, 'Late.'), event(0, 10, 'Slipped.'), event(23, 55, 'Later.')], {
      incidentDate: DAY,
      statedZone: UTC,
      fallbackZone: { zone: UTC, why: 'x' },
    });
    expect(events.map((timed) => timed.at)).toEqual([
      '2024-03-14T23:50:00+00:00',
      '2024-03-14T00:10:00+00:00',
      '2024-03-14T23:55:00+00:00',
    ]);
    expect(events[1]!.assumptions).toEqual([
      '00:10 is earlier than the line before (23:50); kept on 2024-03-14 as written: if it is the next day, change the date',
    ]);
    expect(events[2]!.assumptions).toEqual([]);
    expect(notes).toHaveLength(1);
  });

  it('writes down every zone and date that was not stated for the line', () => {
    const { events } = timeEvents([event(10, 0, 'No zone.'), event(11, 0, 'PST in July.', { zone: readZone('PST') })], {
      incidentDate: { year: 2024, month: 7, day: 9 },
      dateAssumed: 'the date is taken from the file name x.md',
      fallbackZone: { zone: readZone('PDT')!, why: 'assumed PDT, the zone the other lines use' },
    });
    expect(events.map((timed) => timed.at)).toEqual(['2024-07-09T10:00:00-07:00', '2024-07-09T11:00:00-07:00']);
    expect(events[0]!.assumptions).toEqual([
      'no date on this line: the date is taken from the file name x.md',
      'no zone on this line; assumed PDT, the zone the other lines use',
    ]);
    expect(events[1]!.assumptions.join(' ')).toMatch(
      /"PST" is standard time, but America\/Los_Angeles was on daylight time/,
    );
  });
});

describe('milestones', () => {
  const timed = (texts: string[]) =>
    timeEvents(
      texts.map((text, index) => event(10, index, text)),
      { incidentDate: DAY, statedZone: UTC, fallbackZone: { zone: UTC, why: 'x' } },
    ).events;

  it('finds started, detected, mitigated and resolved from the words used', () => {
    const { events, found } = assignKinds(
      timed([
        'A config change was deployed to the pool.',
        'Error rate alert fired and paged on-call.',
        'We suspected the database, which was a dead end.',
        'Escalated to the platform team.',
        'Rolled back the config; errors stopped.',
        'Incident resolved and closed.',
      ]),
    );
    expect(events.map((kinded) => kinded.kind)).toEqual([
      'started',
      'detected',
      'misleading',
      'escalated',
      'mitigated',
      'resolved',
    ]);
    expect(found).toEqual({ started: 'read', detected: 'read', mitigated: 'read' });
  });

  it('says when a milestone was only guessed by its position', () => {
    const { events, found } = assignKinds(
      timed(['Something odd.', 'Users reported errors.', 'We looked around.', 'Done for the day.']),
    );
    expect(found).toEqual({ started: 'guessed', detected: 'read', mitigated: 'guessed' });
    expect(events[0]!.guessed).toBe('the first entry, before the detection');
    expect(events.at(-1)!.guessed).toBe('the last entry');
  });
});
