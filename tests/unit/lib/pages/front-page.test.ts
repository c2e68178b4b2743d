import { describe, expect, it } from 'vitest';
import { applyInsightsFilter } from '../../../../src/lib/insights/filters.ts';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import { FRONT_PAGE, frontPageSummary, windowLabel } from '../../../../src/lib/pages/front-page.ts';
import type { InsightIncident } from '../../../../src/lib/insights/types.ts';
import { actionItem, incident } from '../insights/fixtures.ts';

const TODAY = '2026-11-27';
const names = { services: {}, teams: {}, rootCauses: { dns: 'DNS', network: 'Network' } };

// Windows as of 27 Nov 2026: the last 90 days are 30 Aug – 27 Nov 2026, the 90 before 1 Jun – 29 Aug 2026.
const INCIDENTS: InsightIncident[] = [
  // Before both windows: 180 days before the build date.
  incident({ id: 'o1', date: '2026-05-31', ttd: 1, ttm: 1, severity: 'SEV1', rootCause: 'capacity' }),
  // The previous window. TTD 20, 30, 40, 50, 60: median 40. TTM 30, 45, 60, 90, 120: median 60.
  incident({
    id: 'p1',
    date: '2026-06-01',
    ttd: 20,
    ttm: 60,
    severity: 'SEV2',
    rootCause: 'tls',
    actionItems: [
      actionItem({ title: 'Rotate keys', owner: 'sam', due: '2026-07-01', status: 'in-progress' }),
      actionItem({ due: '2026-09-01', status: 'wont-do' }),
    ],
  }),
  incident({
    id: 'p2',
    date: '2026-06-15',
    ttd: 30,
    ttm: 90,
    rootCause: 'network',
    actionItems: [actionItem({ title: 'Add a second uplink', owner: 'lee', due: '2026-08-01', status: 'open' })],
  }),
  incident({
    id: 'p3',
    date: '2026-07-01',
    ttd: 40,
    ttm: 30,
    severity: 'SEV2',
    rootCause: 'network',
    actionItems: [actionItem({ title: 'Alert on packet loss', owner: 'kim', due: '2026-10-01', status: 'open' })],
  }),
  incident({ id: 'p4', date: '2026-08-01', ttd: 50, ttm: 45, rootCause: 'dns' }),
  // 90 days before the build date: the previous window's last day.
  incident({ id: 'p5', date: '2026-08-29', ttd: 60, ttm: 120, severity: 'SEV1', rootCause: 'quota' }),
  // The last 90 days, its first day included. TTD 2, 4, 6, 8, 10: median 6. TTM 20, 30, 40, 50, 60: median 40.
  incident({
    id: 'c1',
    date: '2026-08-30',
    ttd: 10,
    ttm: 40,
    severity: 'SEV2',
    rootCause: 'config',
    actionItems: [
      actionItem({ due: '2026-11-26', status: 'open' }),
      // Due on the build date: not yet overdue.
      actionItem({ due: '2026-11-27', status: 'open' }),
      actionItem({ due: '2026-01-01', status: 'done' }),
    ],
  }),
  incident({ id: 'c2', date: '2026-09-10', ttd: 4, ttm: 20, rootCause: 'dns' }),
  incident({ id: 'c3', date: '2026-10-01', ttd: 6, ttm: 30, rootCause: 'dns' }),
  incident({ id: 'c4', date: '2026-11-01', ttd: 2, ttm: 60, severity: 'SEV1', rootCause: 'capacity' }),
  incident({ id: 'c5', date: TODAY, ttd: 8, ttm: 50, severity: 'SEV4', rootCause: 'deploy' }),
];

const summaryOf = (incidents: InsightIncident[], base = '/') =>
  frontPageSummary({ incidents, names, today: TODAY, base });

describe('the front page summary', () => {
  const summary = summaryOf(INCIDENTS, '/archive/');

  it('compares the 90 days ending on the build date with the 90 before, labelled by their dates', () => {
    expect(FRONT_PAGE.windowDays).toBe(90);
    expect(summary.current).toMatchObject({ from: '2026-08-30', to: TODAY, label: '30 Aug – 27 Nov 2026' });
    expect(summary.previous).toMatchObject({ from: '2026-06-01', to: '2026-08-29', label: '1 Jun – 29 Aug 2026' });
    expect(windowLabel('2025-12-15', '2026-03-14')).toBe('15 Dec 2025 – 14 Mar 2026');
  });

  it('counts each window by severity, both ends included and nothing from outside', () => {
    expect(summary.current.count).toBe(5);
    expect(summary.current.bySeverity).toEqual({ SEV1: 1, SEV2: 1, SEV3: 2, SEV4: 1 });
    expect(summary.previous.count).toBe(5);
    expect(summary.previous.bySeverity).toEqual({ SEV1: 1, SEV2: 2, SEV3: 2, SEV4: 0 });
    expect(summary.change.count).toMatchObject({ value: 0, text: '0' });
    expect(summary.change.bySeverity.SEV2).toMatchObject({ value: -1, text: '−1', direction: 'down' });
    expect(summary.change.bySeverity.SEV4).toMatchObject({ value: 1, text: '+1', direction: 'up' });
  });

  it('moves an incident between windows when the build date moves by a day', () => {
    const dayLater = frontPageSummary({ incidents: INCIDENTS, names, today: '2026-11-28', base: '/' });
    // c1 (30 Aug) is now 90 days back, the previous window's last day; p1 (1 Jun) has left it.
    expect(dayLater.current.count).toBe(4);
    expect(dayLater.previous.count).toBe(5);
    expect(dayLater.previous.from).toBe('2026-06-02');
  });

  it('gives each window its median TTD and TTM with n, and the change when both are figures', () => {
    expect(summary.current.timeToDetect).toEqual({ n: 5, minutes: 6, text: '6 min' });
    expect(summary.current.timeToMitigate).toEqual({ n: 5, minutes: 40, text: '40 min' });
    expect(summary.previous.timeToDetect).toEqual({ n: 5, minutes: 40, text: '40 min' });
    expect(summary.previous.timeToMitigate).toEqual({ n: 5, minutes: 60, text: '1 h 00 min' });
    expect(summary.change.timeToDetect).toEqual({ value: -34, text: '34 min faster', direction: 'down' });
    expect(summary.change.timeToMitigate).toEqual({ value: -20, text: '20 min faster', direction: 'down' });
  });

  it('says "too few incidents" below the minimum sample, never a number, and then no change', () => {
    const fewer = summaryOf(INCIDENTS.filter((item) => item.id !== 'c5'));
    expect(fewer.current.timeToDetect).toEqual({
      n: 4,
      text: 'too few incidents',
      reason: '4 incidents; a median needs at least 5',
    });
    expect(fewer.change.timeToDetect).toBeUndefined();
    expect(fewer.change.timeToMitigate).toBeUndefined();
    // The previous window still has its five.
    expect(fewer.previous.timeToDetect.text).toBe('40 min');
    const none = summaryOf([]);
    expect(none.current.timeToDetect).toEqual({ n: 0, text: 'no incidents' });
  });

  it('equals the insights narrowed to the last 90 days', () => {
    const inWindow = applyInsightsFilter(INCIDENTS, { period: 'last-90-days' }, TODAY);
    const view = insightsView(inWindow, { today: TODAY, names, archive: INCIDENTS });
    const stat = (key: string) => view.stats.find((entry) => entry.key === key)!;
    expect(stat('incidents').value).toBe(String(summary.current.count));
    expect(stat('ttd').value).toBe(summary.current.timeToDetect.text);
    expect(stat('ttm').value).toBe(summary.current.timeToMitigate.text);
    expect(stat('repeats').value).toBe(String(summary.recurring.causes.reduce((sum, cause) => sum + cause.repeats, 0)));
    expect(summary.insightsUrl).toBe('/archive/insights/?period=last-90-days');
  });

  it('lists the causes that repeated in the last 90 days, with the earlier incident', () => {
    // dns: p4 (1 Aug) -> c2 (10 Sep, 40 days) -> c3 (1 Oct, 21 days). network's repeat (p3) is in the previous window.
    expect(summary.recurring).toMatchObject({ scope: 'window', recurrenceDays: 90, total: 1 });
    expect(summary.recurring.causes).toEqual([
      {
        cause: { id: 'dns', name: 'DNS', url: '/archive/root-causes/dns/' },
        repeats: 2,
        latest: expect.objectContaining({ id: 'c3', dateLabel: '1 Oct 2026' }),
        previous: expect.objectContaining({ id: 'c2', title: 'Title of c2', url: '/postmortems/c2/' }),
        daysApart: 21,
      },
    ]);
    expect(summary.recurring.url).toBe('/archive/insights/?period=last-90-days#insights-repeats');
  });

  it('falls back to the newest repeats of any date when no cause repeated in the last 90 days', () => {
    const quiet = summaryOf(INCIDENTS.filter((item) => !['c2', 'c3'].includes(item.id)));
    expect(quiet.recurring.scope).toBe('latest');
    expect(quiet.recurring.causes.map((cause) => [cause.cause.name, cause.latest.id, cause.previous.id])).toEqual([
      ['Network', 'p3', 'p2'],
    ]);
    expect(quiet.recurring.url).toBe('/insights/#insights-repeats');
    expect(summaryOf([]).recurring).toMatchObject({ scope: 'latest', total: 0, causes: [] });
  });

  it('counts overdue of unfinished items as /action-items/ does, and lists the longest overdue', () => {
    // Overdue: p1's (1 Jul), p2's (1 Aug), p3's (1 Oct), c1's (26 Nov). Due today, done and won't do are not.
    expect(summary.overdue).toMatchObject({ count: 4, unfinished: 5, url: '/archive/action-items/?overdue=1' });
    expect(
      summary.overdue.items.map(({ title, owner, dueLabel, daysOverdue, incident }) => [
        title,
        owner,
        dueLabel,
        daysOverdue,
        incident.id,
      ]),
    ).toEqual([
      ['Rotate keys', 'sam', '1 Jul 2026', 149, 'p1'],
      ['Add a second uplink', 'lee', '1 Aug 2026', 118, 'p2'],
      ['Alert on packet loss', 'kim', '1 Oct 2026', 57, 'p3'],
    ]);
    expect(summary.overdue.items).toHaveLength(FRONT_PAGE.overdueListed);
  });

  it('lists the newest SEV1 and SEV2 incidents of any date', () => {
    expect(summary.latestMajor.map((item) => [item.id, item.severity, item.dateLabel])).toEqual([
      ['c4', 'SEV1', '1 Nov 2026'],
      ['c1', 'SEV2', '30 Aug 2026'],
      ['p5', 'SEV1', '29 Aug 2026'],
    ]);
    expect(summary.latestMajor).toHaveLength(FRONT_PAGE.latestMajor);
  });

  it('links each figure to its definition in the guide, below the base path', () => {
    expect(summary.definitions).toEqual({
      timeToDetect: '/archive/guide/#figure-time-to-detect',
      timeToMitigate: '/archive/guide/#figure-time-to-mitigate',
      median: '/archive/guide/#figure-median',
      repeat: '/archive/guide/#figure-repeat',
      overdue: '/archive/guide/#figure-overdue',
    });
  });
});

describe('this week in earlier years', () => {
  it('lists the incidents within 3 days of the build date in earlier years, and nothing of this year', () => {
    const summary = summaryOf([
      incident({ id: 'last-year', date: '2025-11-30', severity: 'SEV2' }),
      incident({ id: 'two-years', date: '2024-11-24', severity: 'SEV3' }),
      incident({ id: 'too-far', date: '2025-12-01' }),
      incident({ id: 'this-year', date: '2026-11-26' }),
    ]);
    expect(summary.onThisDay.map((found) => [found.id, found.yearsAgo, found.dateLabel])).toEqual([
      ['last-year', 1, '30 Nov 2025'],
      ['two-years', 2, '24 Nov 2024'],
    ]);
  });
});
