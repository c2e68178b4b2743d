/**
 * The incident model of the insights-truth fixture, read from its files the
 * way `npm run check` reads them, equals the hand computation in
 * tests/fixtures/insights-truth/EXPECTED.md: dates and clocks in each
 * incident's own zone, durations across a DST night and across midnight.
 */
import { describe, expect, it } from 'vitest';
import { toInsightIncident } from '../../../../src/lib/incident/insight-record.ts';
import { MINUTE } from '../../../../src/lib/time/duration.ts';
import { archiveFromContent } from '../../../support/content-archive.ts';
import { ID, INCIDENTS, NEWEST_FIRST, TRUTH_CONTENT_DIR, type Key } from '../../../support/insights-truth.ts';

const archive = archiveFromContent(TRUTH_CONTENT_DIR);
const incident = (key: Key) => archive.byId.get(ID[key])!;
const KEYS = Object.keys(ID) as Key[];

describe('the insights-truth fixture as the incident model reads it', () => {
  it('holds the 13 published postmortems, newest first', () => {
    expect(archive.incidents.map((entry) => entry.id)).toEqual(NEWEST_FIRST.map((key) => ID[key]));
  });

  it.each(KEYS)('%s: date, durations, start clock, misleading leads and teams equal the hand values', (key) => {
    const truth = INCIDENTS[key];
    const model = incident(key);
    expect(model.date).toBe(truth.date);
    expect(model.durations).toEqual({
      timeToDetect: truth.ttd * MINUTE,
      timeToMitigate: truth.ttm * MINUTE,
      impactDuration: truth.impact * MINUTE,
      timeToResolve: truth.ttr === undefined ? undefined : truth.ttr * MINUTE,
    });
    expect(model.startClock).toEqual({ hour: truth.hour, weekday: truth.weekday });
    expect(model.misleading).toEqual({ count: truth.leads, lostTime: truth.lost * MINUTE });
    expect(model.teams).toEqual(truth.teams);
  });

  it('measures the spring-forward night by instants: TTD 20 minutes, not the 80 the wall clock shows', () => {
    const dst = incident('C3');
    expect(dst.durations.timeToDetect).toBe(20 * MINUTE);
    expect(dst.durations.timeToResolve).toBe(130 * MINUTE);
    // The lead at 01:55 CET ended with the detection at 03:10 CEST: 15 minutes later.
    expect(dst.misleading.lostTime).toBe(15 * MINUTE);
  });

  it('dates the Sunday 23:40 New York start on Sunday, though it is Monday in UTC', () => {
    const late = incident('C5');
    expect(new Date(late.startedAt).toISOString()).toBe('2025-09-01T03:40:00.000Z');
    expect(late.date).toBe('2025-08-31');
    expect(late.startClock).toEqual({ hour: 23, weekday: 7 });
    expect(late.misleading.lostTime).toBe(40 * MINUTE);
  });

  it('dates the New Year’s Eve start in 2025, though it is 1 January 2026 in UTC', () => {
    const eve = incident('C6');
    expect(new Date(eve.startedAt).toISOString()).toBe('2026-01-01T01:30:00.000Z');
    expect(eve.date).toBe('2025-12-31');
    expect(eve.startClock).toEqual({ hour: 17, weekday: 3 });
    expect(eve.durations.timeToResolve).toBeUndefined();
  });

  it('counts unfinished action items per incident', () => {
    const unfinished = Object.fromEntries(KEYS.map((key) => [key, incident(key).unfinishedActionItems]));
    expect(unfinished).toEqual({
      S1: 0,
      C1: 0,
      S2: 0,
      C2: 1,
      C3: 0,
      N1: 1,
      B1: 1,
      C4: 1,
      C5: 1,
      S3: 0,
      B2: 0,
      N2: 2,
      C6: 2,
    });
  });

  it('projects the same figures into the insights record', () => {
    for (const key of KEYS) {
      const truth = INCIDENTS[key];
      const record = toInsightIncident(incident(key));
      expect(record, key).toMatchObject({
        date: truth.date,
        timeToDetect: truth.ttd * MINUTE,
        timeToMitigate: truth.ttm * MINUTE,
        impactDuration: truth.impact * MINUTE,
        startHour: truth.hour,
        startWeekday: truth.weekday,
        misleadingLeads: truth.leads,
        misleadingTime: truth.lost * MINUTE,
        teams: truth.teams,
      });
      expect(record.timeToResolve, key).toBe(truth.ttr === undefined ? undefined : truth.ttr * MINUTE);
    }
    expect(toInsightIncident(incident('C2'))).toMatchObject({
      customersAffected: 5400,
      revenueLoss: { amount: 42000, currency: 'USD' },
    });
  });
});
