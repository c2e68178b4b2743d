import { describe, expect, it } from 'vitest';
import { incidentDurations, misleadingLeads, misleadingSpans } from '../../../../src/lib/incident/milestones.ts';

const MIN = 60_000;
const timeline = (...events: [string, string][]) => events.map(([kind, at]) => ({ kind, at }));

describe('incidentDurations', () => {
  it('computes TTD, TTM, impact and resolve from the milestones', () => {
    const result = incidentDurations(
      timeline(
        ['started', '2025-07-12T01:59:00-07:00'],
        ['action', '2025-07-12T02:05:00-07:00'],
        ['detected', '2025-07-12T02:13:00-07:00'],
        ['mitigated', '2025-07-12T04:18:00-07:00'],
        ['resolved', '2025-07-13T09:00:00-07:00'],
      ),
    );
    expect(result).toEqual({
      timeToDetect: 14 * MIN,
      timeToMitigate: 125 * MIN,
      impactDuration: 139 * MIN,
      timeToResolve: (31 * 60 + 1) * MIN,
    });
    expect(result.timeToDetect + result.timeToMitigate).toBe(result.impactDuration);
  });

  it('is right across the autumn DST change (the clock repeats an hour)', () => {
    // 01:20 PDT -> 01:35 PST is 1 h 15 min, though the wall clock moved 15 minutes.
    const result = incidentDurations(
      timeline(
        ['started', '2025-11-02T01:20:00-07:00'],
        ['detected', '2025-11-02T01:35:00-08:00'],
        ['mitigated', '2025-11-02T02:15:00-08:00'],
      ),
    );
    expect(result.timeToDetect).toBe(75 * MIN);
    expect(result.timeToMitigate).toBe(40 * MIN);
  });

  it('is right across the spring DST change (the clock skips an hour)', () => {
    // 01:45 CET -> 03:05 CEST is 20 minutes, though the wall clock moved 80.
    const result = incidentDurations(
      timeline(
        ['started', '2026-03-29T01:45:00+01:00'],
        ['detected', '2026-03-29T03:05:00+02:00'],
        ['mitigated', '2026-03-29T03:40:00+02:00'],
      ),
    );
    expect(result.timeToDetect).toBe(20 * MIN);
    expect(result.impactDuration).toBe(55 * MIN);
  });

  it('is right across midnight and a year boundary', () => {
    const result = incidentDurations(
      timeline(
        ['started', '2025-12-31T23:50:00Z'],
        ['detected', '2026-01-01T00:05:00Z'],
        ['mitigated', '2026-01-01T01:00:00Z'],
      ),
    );
    expect(result.timeToDetect).toBe(15 * MIN);
    expect(result.timeToResolve).toBeUndefined();
  });

  it('compares instants, whatever offsets the events were written in', () => {
    const result = incidentDurations(
      timeline(
        ['started', '2025-03-01T10:00:00+05:30'],
        ['detected', '2025-03-01T04:40:00Z'],
        ['mitigated', '2025-03-01T06:10:00+01:00'],
      ),
    );
    expect(result.timeToDetect).toBe(10 * MIN);
    expect(result.timeToMitigate).toBe(30 * MIN);
  });

  it('allows zero durations', () => {
    const at = '2025-03-01T10:00:00Z';
    expect(incidentDurations(timeline(['started', at], ['detected', at], ['mitigated', at])).impactDuration).toBe(0);
  });
});

describe('misleadingLeads', () => {
  it('sums the time from each misleading event to the next event, and counts the leads', () => {
    const result = misleadingLeads(
      timeline(
        ['started', '2025-03-30T00:40:00+00:00'],
        ['detected', '2025-03-30T00:50:00+00:00'],
        // 00:55 UTC to 01:20 UTC is 25 minutes, although London's clocks jump from 01:00 to 02:00 between them.
        ['misleading', '2025-03-30T00:55:00+00:00'],
        ['misleading', '2025-03-30T02:20:00+01:00'],
        ['action', '2025-03-30T02:30:00+01:00'],
        ['mitigated', '2025-03-30T02:40:00+01:00'],
      ),
    );
    expect(result).toEqual({ count: 2, lostTime: 25 * MIN + 10 * MIN });
  });

  it('counts a misleading lead that is the last event, with no time', () => {
    expect(
      misleadingLeads(timeline(['started', '2025-03-01T10:00:00Z'], ['misleading', '2025-03-01T10:05:00Z'])),
    ).toEqual({
      count: 1,
      lostTime: 0,
    });
    expect(misleadingLeads(timeline(['started', '2025-03-01T10:00:00Z']))).toEqual({ count: 0, lostTime: 0 });
  });
});

describe('misleadingSpans', () => {
  it('gives each lead from its event to the next, the spans misleadingLeads sums', () => {
    const events = timeline(
      ['started', '2025-03-01T10:00:00Z'],
      ['misleading', '2025-03-01T10:05:00Z'],
      ['action', '2025-03-01T10:20:00Z'],
      ['mitigated', '2025-03-01T10:30:00Z'],
      ['misleading', '2025-03-01T10:40:00Z'],
    );
    const spans = misleadingSpans(events);
    expect(spans).toEqual([
      { from: Date.parse('2025-03-01T10:05:00Z'), to: Date.parse('2025-03-01T10:20:00Z') },
      { from: Date.parse('2025-03-01T10:40:00Z'), to: Date.parse('2025-03-01T10:40:00Z') },
    ]);
    expect(misleadingLeads(events)).toEqual({ count: 2, lostTime: 15 * MIN });
  });
});
