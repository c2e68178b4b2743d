/**
 * The quarterly review's figures. The first block is 2025 Q3 of the example
 * archive (content/), worked out by hand from the front matter below, as of
 * the test builds' date, 1 Jan 2026; the rest pins the rules on small
 * archives made for each one.
 */
import { describe, expect, it } from 'vitest';
import { quarterReview, reviewQuarters, previousQuarter } from '../../../../src/lib/pages/quarter-review.ts';
import { reviewIndex, reviewNeighbours } from '../../../../src/lib/pages/review-index.ts';
import { archiveFromContent } from '../../../support/content-archive.ts';
import { archiveOf, postmortem } from '../incident/postmortems.ts';

const TODAY = '2026-01-01';

/*
 * 2025 Q3 (1 Jul – 30 Sep 2025), incidents by their start date in their own zone:
 *
 * | id                                        | zone          | started (local)  | detected | mitigated | TTD | TTM | impact | sev  | root cause             |
 * | 2025-07-12-auth-session-store-failover    | Europe/Berlin | 12 Jul 19:40     | 19:54    | 21:16     | 14  | 82  | 96     | SEV1 | infrastructure-failure |
 * | 2025-08-05-cdn-cache-purge-storm          | LA            | 5 Aug 08:45      | 08:56    | 09:25     | 11  | 29  | 40     | SEV2 | config-change          |
 * | 2025-08-28-inventory-sync-duplicate-orders| LA            | 28 Aug 07:30     | 10:10    | 11:25     | 160 | 75  | 235    | SEV2 | data-corruption        |
 * | 2025-09-16-dns-record-deleted-admin-console| LA           | 16 Sep 13:10     | 13:35    | 13:53     | 25  | 18  | 43     | SEV3 | config-change          |
 *
 * Severity mix: SEV1 1, SEV2 2, SEV3 1, SEV4 0.
 * 2025 Q2 (the quarter before): 2025-04-09 (SEV3), 2025-05-06 (SEV2), 2025-05-29 (SEV2), 2025-06-24 (SEV3):
 * 4 incidents; SEV2 2, SEV3 2. (2025-04-09 starts 17:30 -07:00, already 10 Apr in UTC: still Q2.)
 * TTD and TTM: n = 4 in both quarters, below 5 for a median and 10 for a p90: no figure, "too few incidents".
 *
 * Repeats (same root-cause category within 90 days before, over the whole archive):
 * - 5 Aug config-change: 2025-05-29 feature-flag (config-change) is 2 + 30 + 31 + 5 = 68 days earlier,
 *   and shares storefront-web -> a same-service repeat.
 * - 16 Sep config-change: 5 Aug is 26 + 16 = 42 days earlier; no shared service (admin-console vs
 *   edge-cdn, storefront-web); 29 May is 110 days earlier, outside the window.
 * - 12 Jul infrastructure-failure and 28 Aug data-corruption: no earlier incident with that cause.
 * -> 2 repeats.
 *
 * Action items of the quarter's incidents: 6 + 5 + 5 + 5 = 21; won't do: one each in 07-12, 08-05
 * and 09-16 = 3; the other 18 done; none open, so 0 overdue on 1 Jan 2026. Done without a
 * closed date: 3 (07-12) + 3 (08-05) + 4 (08-28) + 2 (09-16) = 12.
 * Closed in the quarter (closed: between 2025-07-01 and 2025-09-30, any incident):
 * 07-01 and 07-11 (2025-06-24 routing), 07-20, 08-13, 08-22 won't do (07-12 session store),
 * 08-25 (2025-06-24 routing), 09-06 (08-28 sync), 09-17 won't do (08-05 CDN), 09-19 (09-16 DNS),
 * 09-22 (08-05 CDN) -> 10 closed, 8 done and 2 won't do.
 * Longest by impact: 28 Aug (235 min = 3 h 55 min), 12 Jul (96 min), 16 Sep (43 min); 5 Aug's 40 min is fourth.
 */
const Q3 = {
  incidents: [
    '2025-07-12-auth-session-store-failover',
    '2025-08-05-cdn-cache-purge-storm',
    '2025-08-28-inventory-sync-duplicate-orders',
    '2025-09-16-dns-record-deleted-admin-console',
  ],
  minutes: { ttd: [14, 11, 160, 25], ttm: [82, 29, 75, 18], impact: [96, 40, 235, 43] },
  severityMix: { SEV1: 1, SEV2: 2, SEV3: 1, SEV4: 0 },
  previousSeverityMix: { SEV1: 0, SEV2: 2, SEV3: 2, SEV4: 0 },
  repeats: [
    {
      incident: '2025-08-05-cdn-cache-purge-storm',
      previous: '2025-05-29-feature-flag-misconfiguration-storefront',
      daysApart: 68,
      sameServices: ['storefront-web'],
    },
    {
      incident: '2025-09-16-dns-record-deleted-admin-console',
      previous: '2025-08-05-cdn-cache-purge-storm',
      daysApart: 42,
    },
  ],
  actionItems: { opened: 21, done: 18, wontDo: 3, open: 0, inProgress: 0, overdue: 0, doneWithoutDate: 12 },
  closed: [
    '2025-07-01',
    '2025-07-11',
    '2025-07-20',
    '2025-08-13',
    '2025-08-22',
    '2025-08-25',
    '2025-09-06',
    '2025-09-17',
    '2025-09-19',
    '2025-09-22',
  ],
  closedWontDo: 2,
  longest: [
    { id: '2025-08-28-inventory-sync-duplicate-orders', minutes: 235 },
    { id: '2025-07-12-auth-session-store-failover', minutes: 96 },
    { id: '2025-09-16-dns-record-deleted-admin-console', minutes: 43 },
  ],
};

describe('the review of 2025 Q3 of the example archive equals the hand computation', () => {
  const archive = archiveFromContent('content');
  const review = quarterReview(archive.incidents, '2025-Q3', TODAY);
  const minutes = (milliseconds: number) => milliseconds / 60_000;

  it('lists the incidents of the quarter by their local start date, oldest first, with their durations', () => {
    expect(review.heading).toBe('2025 Q3');
    expect(review.status).toBe('complete');
    expect(review.incidents.map((incident) => incident.id)).toEqual(Q3.incidents);
    expect(review.incidents.map((incident) => minutes(incident.timeToDetect))).toEqual(Q3.minutes.ttd);
    expect(review.incidents.map((incident) => minutes(incident.timeToMitigate))).toEqual(Q3.minutes.ttm);
    expect(review.incidents.map((incident) => minutes(incident.impactDuration))).toEqual(Q3.minutes.impact);
  });

  it('counts each severity, and the quarter before', () => {
    expect(Object.fromEntries(review.severityMix.map((entry) => [entry.severity, entry.count]))).toEqual(
      Q3.severityMix,
    );
    expect(review.previous).toMatchObject({ quarter: '2025-Q2', count: 4 });
    expect(Object.fromEntries(review.previous.severityMix.map((entry) => [entry.severity, entry.count]))).toEqual(
      Q3.previousSeverityMix,
    );
  });

  it('gives no median or p90 of 4 incidents in either quarter, only the n', () => {
    for (const row of review.timing) {
      expect(row.current).toMatchObject({ count: 4, median: undefined, p90: undefined });
      expect(row.previous).toMatchObject({ count: 4, median: undefined, p90: undefined });
    }
  });

  it('finds the repeats across the whole archive, the earlier incident perhaps in an earlier quarter', () => {
    expect(
      review.repeats.map((repeat) => ({
        incident: repeat.incident.id,
        previous: repeat.previous.id,
        daysApart: repeat.daysApart,
        ...(repeat.sameServices ? { sameServices: repeat.sameServices } : {}),
      })),
    ).toEqual(Q3.repeats);
  });

  it('counts action items opened, closed in the quarter and overdue now', () => {
    const { opened, closed, overdue, doneWithoutDate } = review.actionItems;
    expect(opened).toMatchObject({
      total: Q3.actionItems.opened,
      done: Q3.actionItems.done,
      wontDo: Q3.actionItems.wontDo,
      open: Q3.actionItems.open,
      inProgress: Q3.actionItems.inProgress,
      overdue: Q3.actionItems.overdue,
    });
    expect(overdue).toHaveLength(Q3.actionItems.overdue);
    expect(doneWithoutDate).toBe(Q3.actionItems.doneWithoutDate);
    expect(closed.map((item) => item.closed)).toEqual(Q3.closed);
    expect(closed.filter((item) => item.status === 'wont-do')).toHaveLength(Q3.closedWontDo);
  });

  it('retells the three longest incidents with their learnings', () => {
    expect(review.longest.map((incident) => ({ id: incident.id, minutes: minutes(incident.impactDuration) }))).toEqual(
      Q3.longest,
    );
    expect(review.longest[0]!.learnings[0]).toMatch(/^A retry is only as safe as the least idempotent call/);
  });
});

describe('quarterly reviews', () => {
  it('exist for every quarter with an incident and for the quarter under way, newest first', () => {
    const archive = archiveOf({
      a: postmortem({ start: '2025-02-01T10:00:00Z' }),
      b: postmortem({ start: '2025-08-01T10:00:00Z' }),
    });
    expect(reviewQuarters(archive.incidents, '2025-11-15')).toEqual(['2025-Q4', '2025-Q3', '2025-Q1']);
    const partial = quarterReview(archive.incidents, '2025-Q4', '2025-11-15');
    expect(partial).toMatchObject({ heading: '2025 Q4 (to 15 Nov)', status: 'partial', incidents: [] });
    expect(reviewNeighbours(archive.incidents, '2025-Q3', '2025-11-15')).toEqual({
      earlier: '2025-Q1',
      later: '2025-Q4',
    });
    expect(previousQuarter('2025-Q1')).toBe('2024-Q4');
  });

  it('puts an incident in the quarter of its start date in its own zone', () => {
    // 31 Mar 20:00 in Los Angeles is already 1 Apr in UTC.
    const archive = archiveOf({
      late: postmortem({ start: '2025-04-01T03:00:00Z', timezone: 'America/Los_Angeles' }),
    });
    expect(quarterReview(archive.incidents, '2025-Q1', '2025-12-01').incidents.map((i) => i.id)).toEqual(['late']);
    expect(quarterReview(archive.incidents, '2025-Q2', '2025-12-01').incidents).toEqual([]);
  });

  it('reports a median from 5 incidents and a p90 from 10, never below', () => {
    const quarter = (count: number) =>
      archiveOf(
        Object.fromEntries(
          Array.from({ length: count }, (_, index) => [
            `i${index}`,
            postmortem({
              start: new Date(Date.UTC(2025, 3, 1 + index, 10)).toISOString(),
              minutes: { detected: (index + 1) * 10, mitigated: (index + 1) * 10 + 5 },
              rootCause: { category: index % 2 ? 'config-change' : 'software-bug', description: 'x' },
            }),
          ]),
        ),
      ).incidents;
    const ttd = (count: number) => quarterReview(quarter(count), '2025-Q2', '2025-12-01').timing[0]!.current;
    expect(ttd(4)).toMatchObject({ count: 4, median: undefined, p90: undefined });
    // 10, 20, 30, 40, 50 minutes: the middle one.
    expect(ttd(5)).toMatchObject({ count: 5, median: 30, p90: undefined });
    expect(ttd(9).p90).toBeUndefined();
    // 10 ... 100: rank 0.9 × 9 = 8.1, so 90 + 0.1 × 10 = 91.
    expect(ttd(10)).toMatchObject({ count: 10, median: 55, p90: 91 });
  });

  it('counts overdue items of its own incidents as of the build date, and closed items of any incident by their date', () => {
    const archive = archiveOf({
      old: postmortem({
        start: '2025-03-01T10:00:00Z',
        actionItems: [
          {
            title: 'Closed in Q2',
            owner: 'a',
            due: '2025-04-01',
            status: 'done',
            type: 'prevent',
            closed: '2025-04-20',
          },
        ],
      }),
      now: postmortem({
        start: '2025-05-01T10:00:00Z',
        actionItems: [
          { title: 'Late', owner: 'b', due: '2025-06-01', status: 'in-progress', type: 'detect' },
          { title: 'Not yet due', owner: 'c', due: '2026-01-01', status: 'open', type: 'process' },
          { title: 'Done, undated', owner: 'd', due: '2025-05-10', status: 'done', type: 'prevent' },
        ],
      }),
    });
    const { actionItems } = quarterReview(archive.incidents, '2025-Q2', '2025-07-01');
    expect(actionItems.opened).toMatchObject({ total: 3, open: 1, inProgress: 1, done: 1, overdue: 1 });
    expect(actionItems.overdue.map((item) => [item.title, item.daysOverdue])).toEqual([['Late', 30]]);
    expect(actionItems.closed.map((item) => [item.title, item.incident.id])).toEqual([['Closed in Q2', 'old']]);
    expect(actionItems.doneWithoutDate).toBe(1);
  });

  it('lists the index newest first with each quarter’s headline figures', () => {
    const archive = archiveOf({
      a: postmortem({ start: '2025-02-01T10:00:00Z', severity: 'SEV1' }),
      b: postmortem({ start: '2025-03-01T10:00:00Z', severity: 'SEV3' }),
    });
    expect(reviewIndex(archive.incidents, '2025-05-02')).toEqual([
      expect.objectContaining({
        quarter: '2025-Q2',
        heading: '2025 Q2 (to 2 May)',
        incidents: 0,
        path: 'reviews/2025-q2/',
      }),
      // b repeats a's config-change 28 days later.
      expect.objectContaining({ quarter: '2025-Q1', incidents: 2, major: 1, repeats: 1, actionItems: 2, overdue: 2 }),
    ]);
  });
});
