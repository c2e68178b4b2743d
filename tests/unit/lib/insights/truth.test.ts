/**
 * Every insights function on the insights-truth fixture equals the hand
 * computation in tests/fixtures/insights-truth/EXPECTED.md. The incidents are
 * read from the fixture's files as `npm run check` reads them.
 */
import { describe, expect, it } from 'vitest';
import { toInsightIncident } from '../../../../src/lib/incident/insight-record.ts';
import {
  allActionItems,
  completionByQuarter,
  countActionItems,
  overdueActionItems,
} from '../../../../src/lib/insights/action-items.ts';
import {
  customerDetectedPercent,
  detectionByQuarter,
  rankContributingFactors,
  severityByQuarter,
} from '../../../../src/lib/insights/breakdowns.ts';
import { yearOverYear } from '../../../../src/lib/insights/comparison.ts';
import { applyInsightsFilter } from '../../../../src/lib/insights/filters.ts';
import { distribution, type Distribution } from '../../../../src/lib/insights/percentiles.ts';
import { findRepeats, rankRootCauses, rootCauseTrend } from '../../../../src/lib/insights/recurrence.ts';
import {
  DEFAULT_ROLLING_MONTHS,
  impactHistogram,
  rollingMedians,
  timingByQuarter,
  timingSummary,
} from '../../../../src/lib/insights/timing.ts';
import { minutes } from '../../../../src/lib/insights/types.ts';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import { rankIncidentsBy } from '../../../../src/lib/insights/rankings.ts';
import { severityByMonth } from '../../../../src/lib/insights/monthly.ts';
import { startClockGrid } from '../../../../src/lib/insights/start-clock.ts';
import { resolveByQuarter } from '../../../../src/lib/insights/resolve.ts';
import { completionRate, ownersWithUnfinished, timeToClose } from '../../../../src/lib/insights/action-outcomes.ts';
import { earlierPromises } from '../../../../src/lib/insights/earlier-promises.ts';
import { impactTotals } from '../../../../src/lib/insights/impact-totals.ts';
import { misleadingIncidents, misleadingSummary } from '../../../../src/lib/insights/misleading.ts';

import { archiveFromContent } from '../../../support/content-archive.ts';
import {
  ACTION_COUNTS,
  ALL_TIME_TO_RESOLVE,
  ALL_TIMING,
  COMPLETION_BY_QUARTER,
  CONTRIBUTING_FACTORS,
  CUSTOMER_PERCENT,
  DAYS_TO_CLOSE,
  DETECTION_BY_QUARTER,
  EARLIER_PROMISES,
  ID,
  IMPACT_BIN_COUNTS,
  IMPACT_TOTALS,
  MISLEADING_INCIDENTS,
  MISLEADING_SUMMARY,
  MISLEADING_TOTAL,
  MONTHS,
  OVERDUE,
  OWNERS,
  PARTIAL,
  REPEATS,
  RESOLVE_BY_QUARTER,
  ROLLING_6_MONTHS,
  ROOT_CAUSES,
  ROOT_CAUSE_TREND,
  SERVICES,
  SERVICE_RANKING,
  SEVERITY_BY_QUARTER,
  START_HOURS,
  TEAMS,
  TEAM_RANKING,
  TRUTH_CONTENT_DIR,
  TRUTH_TODAY,
  YEAR_OVER_YEAR,
  type DistributionTruth,
} from '../../../support/insights-truth.ts';

const archive = archiveFromContent(TRUTH_CONTENT_DIR);
const incidents = archive.incidents.map(toInsightIncident);
const byId = new Map(incidents.map((incident) => [incident.id, incident]));

/** Percentiles interpolate in floating point: equal to the hand value to many places. */
function expectDistribution(actual: Distribution, truth: DistributionTruth, label: string) {
  expect(
    Object.keys(actual).filter((key) => actual[key as keyof Distribution] !== undefined),
    label,
  ).toEqual(Object.keys(truth).filter((key) => truth[key as keyof DistributionTruth] !== undefined));
  for (const [key, value] of Object.entries(truth)) {
    expect(actual[key as keyof Distribution], `${label} ${key}`).toBeCloseTo(value, 9);
  }
}

describe('timing on the insights-truth fixture', () => {
  it('summarises TTD, TTM and impact of all 13 incidents', () => {
    const summary = timingSummary(incidents);
    expect(summary.count).toBe(ALL_TIMING.count);
    expectDistribution(summary.timeToDetect, ALL_TIMING.timeToDetect, 'TTD');
    expectDistribution(summary.timeToMitigate, ALL_TIMING.timeToMitigate, 'TTM');
    expectDistribution(summary.impactDuration, ALL_TIMING.impactDuration, 'impact');
  });

  it('summarises time to resolve over the 12 resolved incidents', () => {
    const resolved = incidents.flatMap((incident) =>
      incident.timeToResolve === undefined ? [] : [minutes(incident.timeToResolve)],
    );
    expectDistribution(distribution(resolved), ALL_TIME_TO_RESOLVE, 'TTR');
  });

  it('gives a median for checkout (6 incidents) and none for the services with fewer than 5', () => {
    for (const [service, truth] of Object.entries(SERVICES)) {
      const scoped = applyInsightsFilter(incidents, { service }, TRUTH_TODAY);
      const summary = timingSummary(scoped);
      expect(summary.count, service).toBe(truth.count);
      expect(summary.timeToDetect.median, service).toBe(truth.medianTtd);
      expect(summary.timeToMitigate.median, service).toBe(truth.medianTtm);
      expect(summary.timeToDetect.p90, `${service} p90`).toBeUndefined();
      expect(scoped.reduce((sum, incident) => sum + minutes(incident.impactDuration), 0)).toBe(truth.impactTotal);
    }
  });

  it('gives the same per team', () => {
    for (const [team, truth] of Object.entries(TEAMS)) {
      const summary = timingSummary(applyInsightsFilter(incidents, { team }, TRUTH_TODAY));
      expect(summary.count, team).toBe(truth.count);
      expect(summary.timeToDetect.median, team).toBe(truth.medianTtd);
      expect(summary.timeToMitigate.median, team).toBe(truth.medianTtm);
    }
  });

  it('puts every quarter under 5 incidents, so no quarterly median or p90', () => {
    const quarters = timingByQuarter(incidents);
    expect(quarters.map((quarter) => [quarter.quarter, quarter.count])).toEqual(
      SEVERITY_BY_QUARTER.map((quarter) => [quarter.quarter, quarter.total]),
    );
    for (const quarter of quarters) {
      expect(quarter.timeToDetect.median, quarter.quarter).toBeUndefined();
      expect(quarter.timeToMitigate.p90, quarter.quarter).toBeUndefined();
    }
  });

  it('counts incidents per month by local date; no 3-month window reaches 5 incidents', () => {
    const rolling = rollingMedians(incidents, 3);
    expect(rolling.map(({ month, count, windowCount }) => ({ month, count, windowCount }))).toEqual(MONTHS);
    expect(rolling.every((row) => row.timeToDetect === undefined && row.timeToMitigate === undefined)).toBe(true);
  });

  it('gives 6-month rolling medians from March 2025, when the window first holds 5 incidents', () => {
    const rolling = rollingMedians(incidents, 6);
    expect(rolling.map(({ month, count, windowCount }) => ({ month, count, windowCount }))).toEqual(
      ROLLING_6_MONTHS.map(({ month, count, windowCount }) => ({ month, count, windowCount })),
    );
    rolling.forEach((row, index) => {
      const truth = ROLLING_6_MONTHS[index]!;
      expect(row.timeToDetect, `${row.month} TTD`).toBe(truth.timeToDetect);
      expect(row.timeToMitigate, `${row.month} TTM`).toBe(truth.timeToMitigate);
    });
  });

  it('bins impact durations, the DST night at 50 minutes', () => {
    expect(impactHistogram(incidents).map((bin) => bin.count)).toEqual(IMPACT_BIN_COUNTS);
  });

  it('totals the time lost to misleading leads', () => {
    const misled = incidents.filter((incident) => incident.misleadingLeads > 0);
    expect(misled).toHaveLength(MISLEADING_TOTAL.incidents);
    expect(misled.reduce((sum, incident) => sum + incident.misleadingLeads, 0)).toBe(MISLEADING_TOTAL.leads);
    expect(misled.reduce((sum, incident) => sum + minutes(incident.misleadingTime), 0)).toBe(MISLEADING_TOTAL.minutes);
  });
});

describe('breakdowns on the insights-truth fixture', () => {
  it('counts severities per quarter of the local start date (New Year’s Eve in 2025 Q4)', () => {
    expect(severityByQuarter(incidents)).toEqual(SEVERITY_BY_QUARTER);
  });

  it('counts how incidents were detected per quarter', () => {
    const quarters = detectionByQuarter(incidents);
    expect(quarters.map(({ customerPercent: _, ...rest }) => rest)).toEqual(
      DETECTION_BY_QUARTER.map(({ customerPercent: _, ...rest }) => rest),
    );
    quarters.forEach((quarter, index) =>
      expect(quarter.customerPercent, quarter.quarter).toBeCloseTo(DETECTION_BY_QUARTER[index]!.customerPercent, 9),
    );
  });

  it('finds 4 of 13 incidents reported by customers', () => {
    expect(customerDetectedPercent(incidents)).toBeCloseTo(CUSTOMER_PERCENT, 9);
  });

  it('ranks contributing factors, one of them never a root cause', () => {
    expect(rankContributingFactors(incidents)).toEqual(CONTRIBUTING_FACTORS.map(({ id, count }) => ({ id, count })));
    expect(incidents.some((incident) => incident.rootCause === 'missing-alert')).toBe(false);
  });
});

describe('recurrence on the insights-truth fixture', () => {
  const repeats = findRepeats(incidents);

  it('finds the 4 repeats within 90 days by local dates, 2 on the same service', () => {
    expect(
      repeats.map((repeat) => ({
        incident: repeat.incident.id,
        previous: repeat.previous.id,
        daysApart: repeat.daysApart,
        sameService: repeat.sameService?.services,
      })),
    ).toEqual(
      REPEATS.map((repeat) => ({
        incident: ID[repeat.incident],
        previous: ID[repeat.previous],
        daysApart: repeat.daysApart,
        sameService: repeat.sameService,
      })),
    );
  });

  it('does not count the certificate expiry 224 days later on the same service', () => {
    expect(repeats.some((repeat) => repeat.incident.rootCause === 'certificate-expiry')).toBe(false);
  });

  it('counts the recurring causes per quarter', () => {
    const recurring = ROOT_CAUSES.map((row) => row.category);
    expect(rootCauseTrend(incidents, recurring)).toEqual(ROOT_CAUSE_TREND);
  });

  it('ranks root causes by incidents, then repeats, then id', () => {
    expect(rankRootCauses(incidents, repeats)).toEqual(
      ROOT_CAUSES.map(({ category, incidents, repeats, sameServiceRepeats, firstDate, lastDate }) => ({
        category,
        incidents,
        repeats,
        sameServiceRepeats,
        firstDate,
        lastDate,
      })),
    );
  });
});

describe('year over year on the insights-truth fixture', () => {
  const { current, previous } = yearOverYear(incidents, findRepeats(incidents), TRUTH_TODAY);

  it.each([
    ['last 12 months', current, YEAR_OVER_YEAR.current],
    ['previous 12 months', previous, YEAR_OVER_YEAR.previous],
  ] as const)('%s', (_, actual, truth) => {
    expect({
      from: actual.from,
      to: actual.to,
      count: actual.count,
      major: actual.major,
      repeats: actual.repeats,
    }).toEqual({ from: truth.from, to: truth.to, count: truth.count, major: truth.major, repeats: truth.repeats });
    expect(actual.customerPercent).toBeCloseTo(truth.customerPercent, 9);
    expectDistribution(actual.timeToDetect, truth.timeToDetect, 'TTD');
    expectDistribution(actual.timeToMitigate, truth.timeToMitigate, 'TTM');
    expectDistribution(actual.impactDuration, truth.impactDuration, 'impact');
  });
});

describe('action items on the insights-truth fixture, as of 1 Jan 2026', () => {
  const items = allActionItems(incidents);

  it('counts them by status and overdue, with the completion rate done ÷ (all − won’t do)', () => {
    const { unfinished: _, donePercent: _share, completionPercent, ...counts } = ACTION_COUNTS;
    const actual = countActionItems(items, TRUTH_TODAY);
    expect({ ...actual, completionPercent: undefined }).toEqual({ ...counts, completionPercent: undefined });
    expect(actual.completionPercent).toBeCloseTo(completionPercent, 9);
    expect(archive.incidents.reduce((sum, incident) => sum + incident.unfinishedActionItems, 0)).toBe(
      ACTION_COUNTS.unfinished,
    );
  });

  it('lists the overdue ones longest first; due today is not overdue', () => {
    expect(
      overdueActionItems(incidents, TRUTH_TODAY).map(({ incident, item, daysOverdue }) => ({
        incident: incident.id,
        title: item.title,
        owner: item.owner,
        due: item.due,
        days: daysOverdue,
      })),
    ).toEqual(OVERDUE.map((entry) => ({ ...entry, incident: ID[entry.incident] })));
  });

  it('groups them by the quarter they are due', () => {
    expect(
      completionByQuarter(items, TRUTH_TODAY).map(({ quarter, total, done, wontDo, overdue, open, inProgress }) => ({
        quarter,
        total,
        done,
        wontDo,
        overdue,
        notYetDue: open + inProgress - overdue,
      })),
    ).toEqual(COMPLETION_BY_QUARTER);
  });

  it('keeps the closed dates the front matter gives, and none where it gives none', () => {
    const killSwitch = byId
      .get(ID.C2)!
      .actionItems.find((item) => item.title === 'Add a kill switch for payment flags')!;
    expect(killSwitch.status).toBe('done');
    expect(killSwitch.closed).toBeUndefined();
    expect(items.filter((item) => item.closed).length).toBe(9);
  });
});

describe('the /insights/ tiles for the whole fixture', () => {
  const view = insightsView(incidents, { today: TRUTH_TODAY, names: archive.names });
  const tile = (key: string) => view.stats.find((stat) => stat.key === key)!;

  it('show the hand values', () => {
    expect(view.incidentCount).toBe(13);
    expect(tile('incidents').value).toBe('13');
    expect(tile('ttd').value).toBe('30 min');
    expect(tile('ttm').value).toBe('1 h 00 min');
    expect(tile('customer').value).toBe('30.8 %');
    expect(tile('repeats').value).toBe('4');
    expect(tile('overdue').value).toBe('5');
  });
});

describe('rankings, months, start clock and time to resolve on the insights-truth fixture', () => {
  it('ranks services and teams by incidents, then impact minutes, with medians only from 5 incidents', () => {
    expect(rankIncidentsBy(incidents, (incident) => incident.services)).toEqual(SERVICE_RANKING);
    // N1 names no team and hits no owned service: it counts for no team.
    expect(rankIncidentsBy(incidents, (incident) => incident.teams)).toEqual(TEAM_RANKING);
  });

  it('counts incidents per month by severity up to the build date’s month', () => {
    const months = severityByMonth(incidents, TRUTH_TODAY);
    expect(months.map((row) => ({ month: row.month, count: row.total }))).toEqual([
      ...MONTHS.map(({ month, count }) => ({ month, count })),
      { month: PARTIAL.month, count: 0 },
    ]);
    expect(months.find((row) => row.month === '2025-03')!.counts).toEqual({ SEV1: 1, SEV2: 0, SEV3: 1, SEV4: 0 });
    // C5 started on 31 Aug in New York (1 Sep in UTC).
    expect(months.find((row) => row.month === '2025-08')!.counts.SEV2).toBe(1);
    expect(months.find((row) => row.month === '2025-12')!.counts.SEV1).toBe(1);
  });

  it('puts each start on its own wall clock’s weekday and hour', () => {
    const grid = startClockGrid(incidents);
    grid.forEach((hours, index) => {
      const expected = Array.from({ length: 24 }, (_, hour) => ((START_HOURS[index + 1] ?? []).includes(hour) ? 1 : 0));
      expect(hours, `weekday ${index + 1}`).toEqual(expected);
    });
  });

  it('counts resolved incidents per quarter, none with enough for a median', () => {
    expect(resolveByQuarter(incidents)).toEqual(RESOLVE_BY_QUARTER);
  });
});

describe('misleading leads, action-item outcomes and impact totals on the insights-truth fixture', () => {
  it('ranks the incidents by time lost to misleading leads, the DST night’s lead at 15 minutes', () => {
    const ranked = misleadingIncidents(incidents);
    expect(ranked.map(({ incident, leads, minutesLost }) => ({ incident: incident.id, leads, minutesLost }))).toEqual(
      MISLEADING_INCIDENTS.map(({ incident, leads, minutesLost }) => ({ incident: ID[incident], leads, minutesLost })),
    );
    ranked.forEach((entry, index) =>
      expect(entry.shareOfImpact, entry.incident.id).toBeCloseTo(MISLEADING_INCIDENTS[index]!.shareOfImpact, 9),
    );
    expect(misleadingSummary(incidents)).toEqual(MISLEADING_SUMMARY);
  });

  it('rates completion as done ÷ (all − won’t do)', () => {
    const rate = completionRate(allActionItems(incidents));
    expect({ ...rate, percent: undefined }).toEqual({
      total: 19,
      done: 8,
      wontDo: 2,
      considered: 17,
      percent: undefined,
    });
    expect(rate.percent).toBeCloseTo(ACTION_COUNTS.completionPercent, 9);
  });

  it('measures time to close from each incident’s local date, leaving out the done item without a date', () => {
    const close = timeToClose(incidents);
    expect([...close.days].sort((a, b) => a - b)).toEqual(DAYS_TO_CLOSE.done);
    expect(close.medianDays).toBe(DAYS_TO_CLOSE.doneMedian);
    expect(close.undated).toBe(DAYS_TO_CLOSE.doneWithoutClosed);
    expect(close.done).toBe(ACTION_COUNTS.done);
  });

  it('groups unfinished items by owner, teams named and a person as written', () => {
    expect(ownersWithUnfinished(incidents, TRUTH_TODAY, archive.names.teams)).toEqual(OWNERS);
  });

  it('lists the promises of the recurring causes’ earlier incidents, overdue first', () => {
    expect(
      earlierPromises(incidents, TRUTH_TODAY).map(({ cause, incident, item, unfinished, overdue }) => ({
        cause: cause.cause,
        incident: incident.id,
        title: item.title,
        unfinished,
        overdue,
      })),
    ).toEqual(EARLIER_PROMISES.map((promise) => ({ ...promise, incident: ID[promise.incident] })));
  });

  it('totals customers and revenue per currency, never across currencies', () => {
    expect(impactTotals(incidents)).toEqual(IMPACT_TOTALS);
  });
});

describe('the default rolling window on the insights-truth fixture', () => {
  it('is 6 months, so the medians start in March 2025', () => {
    expect(DEFAULT_ROLLING_MONTHS).toBe(6);
    expect(
      rollingMedians(incidents).map(({ month, count, windowCount, timeToDetect, timeToMitigate }) => ({
        month,
        count,
        windowCount,
        ...(timeToDetect === undefined ? {} : { timeToDetect }),
        ...(timeToMitigate === undefined ? {} : { timeToMitigate }),
      })),
    ).toEqual(ROLLING_6_MONTHS);
  });
});
