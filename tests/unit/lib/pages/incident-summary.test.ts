import { describe, expect, it } from 'vitest';
import { incidentFacts } from '../../../../src/lib/incident/incident.ts';
import { incidentPage } from '../../../../src/lib/pages/incident-page.ts';
import { durationBar, oneLine, ROOT_CAUSE_LINE_MAX } from '../../../../src/lib/pages/incident-summary.ts';
import { postmortemSchema } from '../../../../src/schema/postmortem.ts';
import { archiveOf, postmortem } from '../incident/postmortems.ts';

const TODAY = '2025-06-01';

/** A Berlin incident: 20 min to detect, 60 to mitigate, and two misleading leads, one of them after mitigation. */
const misled = postmortemSchema.parse({
  ...postmortem(),
  severity: 'SEV1',
  timezone: 'Europe/Berlin',
  impact: {
    description: 'Sign-ins failed.',
    usersAffectedPercent: 23,
    customersAffected: 61000,
    revenueLoss: { amount: 92000, currency: 'EUR' },
  },
  rootCause: {
    category: 'config-change',
    description:
      'The quorum stayed at 3 after the cluster shrank to three nodes, so losing one host made failover impossible. Nobody had tested it.',
  },
  timeline: [
    { at: '2025-07-12T19:40:00+02:00', kind: 'started', text: 'Errors began.' },
    { at: '2025-07-12T20:00:00+02:00', kind: 'detected', text: 'An alert fired.' },
    { at: '2025-07-12T20:05:00+02:00', kind: 'misleading', text: 'We waited for the provider.' },
    { at: '2025-07-12T20:30:00+02:00', kind: 'action', text: 'Quorum checked.' },
    { at: '2025-07-12T21:00:00+02:00', kind: 'mitigated', text: 'Failover done.' },
    { at: '2025-07-12T21:10:00+02:00', kind: 'misleading', text: 'A replica looked stale.' },
    { at: '2025-07-12T21:20:00+02:00', kind: 'resolved', text: 'Replica rebuilt.' },
  ],
  actionItems: [
    { title: 'Fix quorum', owner: 'a', due: '2025-05-01', status: 'open', type: 'prevent' },
    { title: 'Alert on quorum', owner: 'a', due: '2025-07-01', status: 'in-progress', type: 'detect' },
    { title: 'Runbook', owner: 'b', due: '2025-04-01', status: 'in-progress', type: 'mitigate' },
    { title: 'Drill', owner: 'b', due: '2025-04-01', status: 'done', type: 'process' },
    { title: 'Managed Redis', owner: 'c', due: '2025-04-01', status: 'wont-do', type: 'prevent' },
  ],
});

/** A draft with only the share of users: no customer count, no revenue figure, no misleading leads, no action items yet. */
const bare = postmortem({ status: 'draft', actionItems: [], minutes: { detected: 0, mitigated: 45 } });

const archive = archiveOf({ misled, bare });
const summaryOf = (id: string) => incidentPage(archive, archive.byId.get(id)!, TODAY).summary;

describe('the executive summary of a postmortem', () => {
  it('gives the start on the incident’s wall clock and in UTC', () => {
    expect(summaryOf('misled').start).toEqual({
      local: 'Sat 12 Jul 2025, 19:40',
      zone: 'CEST',
      utc: '17:40 UTC',
      iso: '2025-07-12T17:40:00.000Z',
    });
  });

  it('states the impact figures the postmortem gives, formatted with their currency', () => {
    expect(summaryOf('misled').impact).toEqual({
      usersAffected: '23 %',
      customersAffected: '61,000',
      revenueLoss: '€92,000',
    });
  });

  it('leaves customers and revenue undefined when the postmortem does not state them, never zero', () => {
    const { impact } = summaryOf('bare');
    expect(impact.usersAffected).toBe('30 %');
    expect(impact.customersAffected).toBeUndefined();
    expect(impact.revenueLoss).toBeUndefined();
  });

  it('names the root-cause category and its first sentence', () => {
    expect(summaryOf('misled').rootCause).toEqual({
      id: 'config-change',
      name: 'Configuration change',
      line: 'The quorum stayed at 3 after the cluster shrank to three nodes, so losing one host made failover impossible.',
    });
  });

  it('splits the impact into time to detect and time to mitigate, in proportion', () => {
    const { bar } = summaryOf('misled');
    expect(bar.segments.map(({ key, text, percent }) => ({ key, text, percent }))).toEqual([
      { key: 'ttd', text: '20 min', percent: 25 },
      { key: 'ttm', text: '1 h 00 min', percent: 75 },
    ]);
    expect(bar.impact.text).toBe('1 h 20 min');
    expect(bar.segments[0].duration + bar.segments[1].duration).toBe(bar.impact.duration);
    expect(bar.textsAddUp).toBe(true);
  });

  it('counts misleading time as the model does, and shades only the part inside the impact', () => {
    const incident = archive.byId.get('misled')!;
    const { misleading } = summaryOf('misled').bar;
    expect(misleading.count).toBe(incident.misleading.count);
    expect(misleading.lostTime).toBe(incident.misleading.lostTime);
    expect(misleading.lostText).toBe('35 min');
    // 20:05-20:30 is inside the impact (19:40-21:00); 21:10-21:20 is after mitigation.
    expect(misleading.withinImpactText).toBe('25 min');
    expect(misleading.shaded).toEqual([{ startPercent: 31.25, widthPercent: 31.25 }]);
  });

  it('has nothing to shade without misleading leads', () => {
    const { misleading, segments } = summaryOf('bare').bar;
    expect(misleading).toMatchObject({ count: 0, lostTime: 0, withinImpact: 0, shaded: [] });
    expect(segments[0]).toMatchObject({ text: '0 s', percent: 0 });
    expect(segments[1]).toMatchObject({ text: '45 min', percent: 100 });
  });

  it('counts action items by status, overdue ones as of the build date among them', () => {
    expect(summaryOf('misled').actionItems).toMatchObject({
      total: 5,
      done: 1,
      open: 1,
      inProgress: 2,
      wontDo: 1,
      // The open item due 1 May and the in-progress one due 1 Apr; the one due 1 Jul is not late yet.
      overdue: 2,
      unfinished: 3,
    });
    expect(summaryOf('bare').actionItems).toMatchObject({ total: 0, overdue: 0, unfinished: 0 });
  });

  it('says when the rounded parts do not add up to the rounded whole, rather than print a false sum', () => {
    // 10 min 30 s + 10 min 30 s = 21 min, but each part reads "11 min" (rounded), and 11 + 11 is not 21.
    const data = postmortemSchema.parse({
      ...postmortem(),
      timeline: [
        { at: '2025-03-01T10:00:00Z', kind: 'started', text: 'Errors began.' },
        { at: '2025-03-01T10:10:30Z', kind: 'detected', text: 'An alert fired.' },
        { at: '2025-03-01T10:21:00Z', kind: 'mitigated', text: 'Reverted.' },
      ],
    });
    const bar = durationBar(incidentFacts(data));
    expect(bar.segments.map((segment) => segment.text)).toEqual(['11 min', '11 min']);
    expect(bar.impact.text).toBe('21 min');
    expect(bar.textsAddUp).toBe(false);
    expect(bar.segments[0].duration + bar.segments[1].duration).toBe(bar.impact.duration);
  });
});

describe('oneLine', () => {
  it('keeps a short first sentence whole', () => {
    expect(oneLine('Pools were too small. Nobody noticed.', 80)).toBe('Pools were too small.');
  });

  it('cuts a long sentence at a word and marks the cut', () => {
    const line = oneLine(`${'word '.repeat(60)}end.`, ROOT_CAUSE_LINE_MAX);
    expect(line.endsWith('word…')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(ROOT_CAUSE_LINE_MAX + 1);
  });

  it('does not split at a decimal point or leave inline code open', () => {
    expect(oneLine('Version 1.5 broke `pool.size` checks. Then more.', 80)).toBe(
      'Version 1.5 broke `pool.size` checks.',
    );
    expect(oneLine('The setting `maximum pool size for every checkout pod` was wrong', 30)).toBe('The setting…');
  });
});
