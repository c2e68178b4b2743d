/**
 * The insights-truth fixture built by `astro build` (as of 1 Jan 2026): the
 * numbers on its pages and in /insights-data.json equal the hand computation
 * in tests/fixtures/insights-truth/EXPECTED.md, constant for constant. Figures
 * are read by data attributes and by column labels, not by sentences.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unpackInsightsData, type InsightsDataFile } from '../../src/lib/insights/data-file.ts';
import { MINUTE } from '../../src/lib/time/duration.ts';
import { buildFixture, type FixtureBuild } from '../support/fixture-build.ts';
import { readPage, visibleText } from '../support/html.ts';
import { cellOf, columnIndex, columnOf, readTable, type ReadTable } from '../support/html-tables.ts';
import {
  ACTION_COUNTS,
  CHECKOUT_ACTION_ITEMS,
  CLOSE_TIME_BINS,
  COMPLETION_BY_QUARTER,
  CONTRIBUTING_FACTORS,
  CUSTOMER_PERCENT,
  DAYS_TO_CLOSE,
  EARLIER_PROMISES,
  GROUP_ACTION_ITEMS,
  ID,
  IMPACT_BIN_COUNTS,
  IMPACT_TOTALS,
  INCIDENTS,
  MISLEADING_INCIDENTS,
  MISLEADING_SUMMARY,
  MONTHS,
  OVERDUE,
  OWNERS,
  PARTIAL,
  REPEATS,
  RESOLVE_BY_QUARTER,
  ROLLING_6_MONTHS,
  ROOT_CAUSES,
  ROOT_CAUSE_PAGES,
  ROOT_CAUSE_TREND,
  SERVICES,
  SERVICE_NAMES,
  SERVICE_RANKING,
  SEVERITY_BY_QUARTER,
  START_HOURS,
  TEAM_NAMES,
  TEAM_RANKING,
  TITLES,
  TRUTH_CONTENT_DIR,
  TRUTH_TODAY,
  USERS_AFFECTED_BINS,
  YEAR_OVER_YEAR,
  type Key,
} from '../support/insights-truth.ts';

const BUILD_TIMEOUT = 300_000;
let build: FixtureBuild;

beforeAll(() => {
  build = buildFixture('insights-truth', { contentDir: TRUTH_CONTENT_DIR, env: { TZ: 'UTC' } });
}, BUILD_TIMEOUT);

const page = (path: string) => readPage(build.outDir, path);
const quarterLabel = (quarter: string) => quarter.replace('-', ' ');
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
/** A period's label without the words that mark it partial ("2026 Q1 (partial)"): those are asserted apart. */
const periodLabel = (label: string) => label.replace(/\s*\(.*\)$/, '');

/** The ISO duration of a postmortem page's duration tile (`data-duration="ttd"` …), or its text when not a time. */
function durationTile(html: string, key: string): string {
  const tile = new RegExp(`data-duration="${key}"[^>]*>([\\s\\S]*?)</dd>`).exec(html);
  expect(tile, `duration ${key}`).not.toBeNull();
  return /<time[^>]*datetime="([^"]+)"/.exec(tile![1]!)?.[1] ?? visibleText(tile![1]!);
}

/** Text of the first element with `data-stat` equal to one of the keys. */
function groupStat(html: string, ...keys: string[]): string {
  for (const key of keys) {
    const match = new RegExp(`<(dd|span|p|div)[^>]*\\sdata-stat="${key}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
    if (match) return visibleText(match[2]!);
  }
  throw new Error(`no data-stat among ${keys.join(', ')}`);
}

/** Value and detail of an "at a glance" tile. */
function tile(html: string, key: string): { value: string; detail: string } {
  const match = new RegExp(`<div[^>]*data-stat="${key}"[^>]*>([\\s\\S]*?)</dd>`).exec(html);
  expect(match, `tile ${key}`).not.toBeNull();
  const part = (name: string) =>
    visibleText(new RegExp(`data-part="${name}"[^>]*>([\\s\\S]*?)</span>`).exec(match![1]!)?.[1] ?? '');
  return { value: part('value'), detail: part('detail') };
}

/** The insights data file of the build. */
const dataFile = () => JSON.parse(readFileSync(join(build.outDir, 'insights-data.json'), 'utf8')) as InsightsDataFile;

/** A table of the data file's figures, read like a page's table: numbers carry a value. */
function figureTable(name: string): ReadTable {
  const figures = dataFile().figures;
  expect(figures?.tables[name], `figures.tables.${name}`).toBeDefined();
  const table = figures!.tables[name]!;
  return {
    columns: table.columns,
    rows: table.rows.map((row) =>
      row.map((cell) => (typeof cell === 'number' ? { text: String(cell), value: cell } : { text: cell })),
    ),
  };
}

function figureTile(key: string): { value: string; detail: string } {
  const stat = dataFile().figures?.stats.find((entry) => entry.key === key);
  expect(stat, `figures.stats ${key}`).toBeDefined();
  return { value: stat!.value, detail: stat!.detail ?? '' };
}

/** The whole archive's insights as the page shows them and as the data file gives them. */
const INSIGHTS_SOURCES: Record<string, { tile: typeof figureTile; table: typeof figureTable }> = {
  '/insights/': { tile: (key) => tile(page('insights/'), key), table: (name) => readTable(page('insights/'), name) },
  '/insights-data.json figures': { tile: figureTile, table: figureTable },
};

/** A numeric cell's unrounded value. */
const valueOf = (table: ReadTable, row: RegExp | string, column: RegExp) => cellOf(table, row, column).value;

describe('the insights-truth fixture, built', () => {
  it('builds', () => {
    expect(build.exitCode, build.log).toBe(0);
  });

  describe('postmortem pages', () => {
    it('show TTD 20 minutes for the spring-forward night, not the 80 the wall clock shows', () => {
      const html = page(`postmortems/${ID.C3}/`);
      expect(durationTile(html, 'ttd')).toBe('PT20M');
      expect(durationTile(html, 'ttm')).toBe('PT30M');
      expect(durationTile(html, 'impact')).toBe('PT50M');
      expect(durationTile(html, 'resolve')).toBe('PT2H10M');
    });

    it.each(Object.keys(ID) as Key[])('%s shows its hand-computed durations', (key) => {
      const html = page(`postmortems/${ID[key]}/`);
      const truth = INCIDENTS[key];
      const iso = (total: number) =>
        `PT${Math.floor(total / 60) ? `${Math.floor(total / 60)}H` : ''}${total % 60 ? `${total % 60}M` : ''}`;
      expect(durationTile(html, 'ttd')).toBe(iso(truth.ttd));
      expect(durationTile(html, 'ttm')).toBe(iso(truth.ttm));
      expect(durationTile(html, 'impact')).toBe(iso(truth.impact));
      if (truth.ttr === undefined) expect(durationTile(html, 'resolve')).toMatch(/not resolved/i);
      else expect(durationTile(html, 'resolve')).toBe(iso(truth.ttr));
    });
  });

  describe('service pages', () => {
    it('give checkout its 6 postmortems, a median TTD of 22.5 minutes and TTM of 54', () => {
      const html = page('services/checkout/');
      expect(groupStat(html, 'count')).toBe(String(SERVICES.checkout!.count));
      // 22.5 minutes reads as "23 min" (durations are shown in whole minutes).
      expect(groupStat(html, 'median-ttd')).toMatch(/^23 min\b/);
      expect(groupStat(html, 'median-ttm')).toMatch(/^54 min\b/);
    });

    it('count checkout’s 5 unfinished action items, 2 of them overdue', () => {
      const html = page('services/checkout/');
      expect(groupStat(html, 'unfinished-action-items')).toMatch(new RegExp(`^${CHECKOUT_ACTION_ITEMS.unfinished}\\b`));
      expect(tile(html, 'overdue').value).toBe(String(CHECKOUT_ACTION_ITEMS.overdue));
      expect(tile(html, 'overdue').detail).toContain(String(CHECKOUT_ACTION_ITEMS.unfinished));
      expect(readTable(html, 'overdue').rows).toHaveLength(CHECKOUT_ACTION_ITEMS.overdue);
    });

    it.each(['search', 'billing', 'notifications'])('show no median for %s, which has fewer than 5', (service) => {
      const html = page(`services/${service}/`);
      expect(groupStat(html, 'count')).toBe(String(SERVICES[service]!.count));
      for (const stat of ['median-ttd', 'median-ttm']) {
        const shown = groupStat(html, stat);
        expect(shown, `${service} ${stat}`).not.toMatch(/\d+ (min|h)\b/);
        expect(shown, `${service} ${stat}`).toMatch(/too few incidents/);
      }
    });
  });

  describe.each(Object.keys(INSIGHTS_SOURCES))('%s', (source) => {
    const { tile: stat, table: tableOf } = INSIGHTS_SOURCES[source]!;

    it('draws the 6-month rolling medians from March 2025 and says "too few incidents" before', () => {
      const table = tableOf('durations');
      const ttd = columnOf(table, /^Median time to detect/);
      const ttm = columnOf(table, /^Median time to mitigate/);
      expect(columnOf(table, /^Incidents in the 6 months/).map((cell) => cell.value)).toEqual(
        ROLLING_6_MONTHS.map((row) => row.windowCount),
      );
      ROLLING_6_MONTHS.forEach((row, index) => {
        expect(ttd[index]!.value, `${row.month} TTD`).toBe('timeToDetect' in row ? row.timeToDetect : undefined);
        expect(ttm[index]!.value, `${row.month} TTM`).toBe('timeToMitigate' in row ? row.timeToMitigate : undefined);
        if (!('timeToDetect' in row)) expect(ttd[index]!.text, row.month).toMatch(/too few/);
      });
    });

    it('marks the quarter of the build date as partial', () => {
      const quarters = columnOf(tableOf('actionCompletion'), /^Due in/).map((cell) => cell.text);
      expect(quarters.at(-1)).not.toBe(quarterLabel(PARTIAL.quarter));
      expect(periodLabel(quarters.at(-1)!)).toBe(quarterLabel(PARTIAL.quarter));
      for (const quarter of quarters.slice(0, -1)) expect(periodLabel(quarter)).toBe(quarter);
    });

    it('shows time lost to misleading leads, completion, customers and revenue in the tiles', () => {
      expect(stat('misleading').value).toBe('2 h 15 min');
      expect(stat('misleading').detail).toMatch(/\b5 incidents\b/);
      expect(stat('misleading').detail).toContain('30 min');
      expect(stat('completion').value).toBe('47.1 %');
      expect(stat('completion').detail).toMatch(/\b31 days\b/);
      expect(stat('customers').value).toBe('27,400');
    });

    it('ranks the incidents by time lost to misleading leads', () => {
      const table = tableOf('misleadingIncidents');
      expect(table.rows.map((row) => row[0]!.text)).toEqual(
        MISLEADING_INCIDENTS.map((entry) => TITLES[entry.incident]),
      );
      expect(columnOf(table, /^Misleading leads/).map((cell) => cell.value)).toEqual(
        MISLEADING_INCIDENTS.map((entry) => entry.leads),
      );
      expect(columnOf(table, /^Minutes lost/).map((cell) => cell.value)).toEqual(
        MISLEADING_INCIDENTS.map((entry) => entry.minutesLost),
      );
      columnOf(table, /^Share of impact/).forEach((cell, index) =>
        expect(cell.value).toBeCloseTo(MISLEADING_INCIDENTS[index]!.shareOfImpact, 9),
      );
      const summary = tableOf('misleadingSummary');
      const value = /^Value/;
      expect(valueOf(summary, /^Incidents with a misleading lead/, value)).toBe(MISLEADING_SUMMARY.affected);
      expect(valueOf(summary, /^Misleading leads/, value)).toBe(MISLEADING_SUMMARY.leads);
      expect(valueOf(summary, /^Minutes lost/, value)).toBe(MISLEADING_SUMMARY.totalMinutes);
      expect(valueOf(summary, /^Median minutes lost/, value)).toBe(MISLEADING_SUMMARY.medianMinutes);
    });

    it('rates completion and time to close', () => {
      const table = tableOf('actionOutcomes');
      const value = /^Value/;
      expect(valueOf(table, /^Completion rate/, value)).toBeCloseTo(ACTION_COUNTS.completionPercent, 9);
      expect(valueOf(table, /^Median days/, value)).toBe(DAYS_TO_CLOSE.doneMedian);
      expect(valueOf(table, /no closed date/, value)).toBe(DAYS_TO_CLOSE.doneWithoutClosed);
      expect(columnOf(tableOf('actionCloseTime'), /^Done items/).map((cell) => cell.value)).toEqual(CLOSE_TIME_BINS);
    });

    it('lists unfinished items by owner', () => {
      const table = tableOf('actionOwners');
      expect(
        table.rows.map((row) => ({
          owner: row[0]!.text,
          unfinished: row[columnIndex(table, /^Unfinished/)]!.value,
          overdue: row[columnIndex(table, /^Overdue/)]!.value,
        })),
      ).toEqual(
        OWNERS.map((owner) => ({
          owner: 'team' in owner ? `${owner.team} (team)` : owner.owner,
          unfinished: owner.unfinished,
          overdue: owner.overdue,
        })),
      );
    });

    it('lists the promises of the recurring causes’ earlier incidents, overdue first', () => {
      const table = tableOf('earlierPromises');
      expect(table.rows.map((row) => row[0]!.text)).toEqual(EARLIER_PROMISES.map((promise) => promise.title));
      expect(
        columnOf(table, /^Status/)
          .slice(0, 4)
          .map((cell) => /overdue/i.test(cell.text)),
      ).toEqual(EARLIER_PROMISES.slice(0, 4).map((promise) => promise.overdue));
    });

    it('totals customers and revenue per currency', () => {
      const table = tableOf('impactTotals');
      const total = /^Total/;
      expect(valueOf(table, /^Customers affected/, total)).toBe(IMPACT_TOTALS.customers.total);
      for (const { currency, amount } of IMPACT_TOTALS.revenue) {
        expect(valueOf(table, new RegExp(`^Revenue lost \\(${currency}\\)`), total)).toBe(amount);
      }
      expect(columnOf(tableOf('usersAffected'), /^Incidents/).map((cell) => cell.value)).toEqual(USERS_AFFECTED_BINS);
    });

    it('ranks services and teams by incidents, impact minutes and medians from 5 incidents', () => {
      for (const [name, ranking, names] of [
        ['byService', SERVICE_RANKING, SERVICE_NAMES],
        ['byTeam', TEAM_RANKING, TEAM_NAMES],
      ] as const) {
        const table = tableOf(name);
        expect(
          table.rows.map((row) => ({
            name: row[0]!.text,
            incidents: row[columnIndex(table, /^Incidents/)]!.value,
            impact: row[columnIndex(table, /^Impact/)]!.value,
            ttd: row[columnIndex(table, /^Median time to detect/)]!.value,
            ttm: row[columnIndex(table, /^Median time to mitigate/)]!.value,
          })),
          name,
        ).toEqual(
          ranking.map((row) => ({
            name: names[row.id as keyof typeof names],
            incidents: row.incidents,
            impact: row.impactMinutes,
            ttd: 'timeToDetect' in row ? row.timeToDetect : undefined,
            ttm: 'timeToMitigate' in row ? row.timeToMitigate : undefined,
          })),
        );
        for (const cell of columnOf(table, /^Median time to detect/).filter((cell) => cell.value === undefined)) {
          expect(cell.text, name).toMatch(/too few/);
        }
      }
    });

    it('counts incidents per month and severity up to the partial month of the build', () => {
      const table = tableOf('severityMonthly');
      expect(table.rows.map((row) => periodLabel(row[0]!.text))).toEqual([
        ...MONTHS.map((row) => monthLabel(row.month)),
        monthLabel(PARTIAL.month),
      ]);
      expect(table.rows.at(-1)![0]!.text).not.toBe(monthLabel(PARTIAL.month));
      expect(columnOf(table, /^Total/).map((cell) => cell.value)).toEqual([...MONTHS.map((row) => row.count), 0]);
      expect(cellOf(table, 'Aug 2025', /^SEV2$/).value).toBe(1);
      expect(cellOf(table, 'Dec 2025', /^SEV1$/).value).toBe(1);
    });

    it('places each start on its own wall clock’s weekday and hour', () => {
      const table = tableOf('startClock');
      const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
      weekdays.forEach((weekday, index) => {
        const hours = START_HOURS[index + 1] ?? [];
        for (let hour = 0; hour < 24; hour += 1) {
          const label = new RegExp(`^0?${hour}(:00)?$`);
          expect(cellOf(table, weekday, label).value, `${weekday} ${hour}`).toBe(hours.includes(hour) ? 1 : 0);
        }
        expect(cellOf(table, weekday, /^All hours/).value).toBe(hours.length);
      });
    });

    it('counts resolved incidents per quarter, none enough for a median', () => {
      const table = tableOf('resolveQuarterly');
      expect(
        table.rows.map((row) => ({
          quarter: periodLabel(row[0]!.text),
          incidents: row[columnIndex(table, /^Incidents/)]!.value,
          resolved: row[columnIndex(table, /resolved/i)]!.value,
        })),
      ).toEqual(
        RESOLVE_BY_QUARTER.map((row) => ({
          quarter: quarterLabel(row.quarter),
          incidents: row.incidents,
          resolved: row.resolved,
        })),
      );
      for (const cell of columnOf(table, /^Median/)) expect(cell.value).toBeUndefined();
    });

    it('shows the tiles of all 13 incidents', () => {
      expect(stat('incidents').value).toBe('13');
      expect(stat('incidents').detail).toMatch(/^8\b/);
      expect(stat('ttd').value).toBe('30 min');
      expect(stat('ttd').detail).toContain('1 h 22 min');
      expect(stat('ttm').value).toBe('1 h 00 min');
      expect(stat('ttm').detail).toContain('1 h 54 min');
      expect(stat('customer').value).toBe('30.8 %');
      expect(stat('repeats').value).toBe('4');
      expect(stat('repeats').detail).toMatch(/^2\b/);
      expect(stat('overdue').value).toBe('5');
      expect(stat('overdue').detail).toContain('9');
    });

    it('compares the last 12 months with the 12 before', () => {
      const table = tableOf('comparison');
      const { current, previous } = YEAR_OVER_YEAR;
      const last = /^Last 12 months/;
      const before = /^Previous 12 months/;
      expect(valueOf(table, /^Incidents/, last)).toBe(current.count);
      expect(valueOf(table, /^Incidents/, before)).toBe(previous.count);
      expect(valueOf(table, /^SEV1 and SEV2/, last)).toBe(current.major);
      expect(valueOf(table, /^SEV1 and SEV2/, before)).toBe(previous.major);
      expect(valueOf(table, /^Median time to detect/, last)).toBeCloseTo(current.timeToDetect.median, 9);
      expect(valueOf(table, /^p90 time to detect/, last)).toBeCloseTo(current.timeToDetect.p90, 9);
      expect(valueOf(table, /^Median time to mitigate/, last)).toBeCloseTo(current.timeToMitigate.median, 9);
      expect(valueOf(table, /^p90 time to mitigate/, last)).toBeCloseTo(current.timeToMitigate.p90, 9);
      expect(valueOf(table, /^Median impact/, last)).toBeCloseTo(current.impactDuration.median, 9);
      // One incident in the earlier period: no median, no p90.
      for (const row of [/^Median time to detect/, /^p90 time to detect/, /^Median impact/]) {
        expect(valueOf(table, row, before), String(row)).toBeUndefined();
        expect(cellOf(table, row, before).text, String(row)).not.toMatch(/^\d/);
      }
      expect(valueOf(table, /^Found by customers/, last)).toBeCloseTo(current.customerPercent, 9);
      expect(valueOf(table, /^Found by customers/, before)).toBe(previous.customerPercent);
      expect(valueOf(table, /^Repeats/, last)).toBe(current.repeats);
      expect(valueOf(table, /^Repeats/, before)).toBe(previous.repeats);
      expect(valueOf(table, /^Incidents/, /^Change/)).toBe(current.count - previous.count);
    });

    it('ranks root causes with their repeats and dates', () => {
      const table = tableOf('rootCauses');
      expect(
        table.rows.map((row) => [
          row[0]!.text,
          row[columnIndex(table, /^Incidents/)]!.value,
          row[columnIndex(table, /^Repeats/)]!.value,
          row[columnIndex(table, /same service/i)]!.value,
          row[columnIndex(table, /^First/)]!.text,
          row[columnIndex(table, /^Latest/)]!.text,
        ]),
      ).toEqual(
        ROOT_CAUSES.map((row) => [row.name, row.incidents, row.repeats, row.sameServiceRepeats, row.first, row.last]),
      );
    });

    it('counts the recurring root causes per quarter', () => {
      const table = tableOf('rootCauseTrend');
      expect(table.rows.map((row) => periodLabel(row[0]!.text))).toEqual(
        ROOT_CAUSE_TREND.map((quarter) => quarterLabel(quarter.quarter)),
      );
      for (const cause of ROOT_CAUSES) {
        expect(
          columnOf(table, new RegExp(`^${cause.name}$`)).map((cell) => cell.value),
          cause.name,
        ).toEqual(ROOT_CAUSE_TREND.map((quarter) => quarter.counts[cause.category as keyof typeof quarter.counts]));
      }
    });

    it('counts incidents per month by their local date (31 Aug in New York is August)', () => {
      const table = tableOf('durations');
      expect(table.rows.map((row) => periodLabel(row[0]!.text))).toEqual(MONTHS.map((row) => monthLabel(row.month)));
      expect(columnOf(table, /that month/).map((cell) => cell.value)).toEqual(MONTHS.map((row) => row.count));
    });

    it('lists the 4 repeats, newest first, with days apart by local dates', () => {
      const table = tableOf('repeats');
      if (source === '/insights/') {
        expect(table.rows.map((row) => row[0]!.href)).toEqual(
          REPEATS.map((repeat) => `/postmortems/${ID[repeat.incident]}/`),
        );
      }
      expect(table.rows).toHaveLength(REPEATS.length);
      expect(columnOf(table, /^Days apart/).map((cell) => cell.value)).toEqual(
        REPEATS.map((repeat) => repeat.daysApart),
      );
    });

    it('ranks contributing factors, the one never a root cause first', () => {
      const table = tableOf('contributing');
      expect(table.rows.map((row) => row[0]!.text)).toEqual(CONTRIBUTING_FACTORS.map((factor) => factor.name));
      expect(columnOf(table, /^Incidents/).map((cell) => cell.value)).toEqual(
        CONTRIBUTING_FACTORS.map((factor) => factor.count),
      );
      columnOf(table, /^Share/).forEach((cell, index) =>
        expect(cell.value).toBeCloseTo(CONTRIBUTING_FACTORS[index]!.percent, 9),
      );
    });

    it('counts severities per quarter, New Year’s Eve in 2025 Q4 and no 2026 Q1', () => {
      const table = tableOf('severity');
      expect(table.rows.map((row) => row[0]!.text)).toEqual(
        SEVERITY_BY_QUARTER.map((quarter) => quarterLabel(quarter.quarter)),
      );
      for (const quarter of SEVERITY_BY_QUARTER) {
        const label = quarterLabel(quarter.quarter);
        for (const [severity, count] of Object.entries(quarter.counts)) {
          expect(valueOf(table, label, new RegExp(`^${severity}$`)), `${label} ${severity}`).toBe(count);
        }
        expect(valueOf(table, label, /^Total/)).toBe(quarter.total);
      }
    });

    it('shares of customer reports per quarter and overall', () => {
      const table = tableOf('detection');
      const column = /Found by customers/;
      expect(valueOf(table, '2025 Q1', column)).toBe(50);
      expect(valueOf(table, '2025 Q3', column)).toBeCloseTo(100 / 3, 9);
      expect(valueOf(table, '2025 Q2', column)).toBe(0);
      expect(CUSTOMER_PERCENT).toBeCloseTo(30.769, 3);
    });

    it('bins impact durations', () => {
      const table = tableOf('impact');
      expect(columnOf(table, /^Incidents/).map((cell) => cell.value)).toEqual(IMPACT_BIN_COUNTS);
    });

    it('counts quarterly incidents for the TTD table, and gives no quarter a median', () => {
      const table = tableOf('detectQuarterly');
      expect(columnOf(table, /^Incidents/).map((cell) => cell.value)).toEqual(
        SEVERITY_BY_QUARTER.map((quarter) => quarter.total),
      );
      for (const cell of columnOf(table, /^Median/)) expect(cell.value).toBeUndefined();
    });

    it('counts action items by status as of 1 Jan 2026', () => {
      const table = tableOf('actionStatus');
      const count = /^Action items/;
      expect(valueOf(table, 'Open', count)).toBe(ACTION_COUNTS.open);
      expect(valueOf(table, 'In progress', count)).toBe(ACTION_COUNTS.inProgress);
      expect(valueOf(table, 'Done', count)).toBe(ACTION_COUNTS.done);
      expect(valueOf(table, /^Won.t do/, count)).toBe(ACTION_COUNTS.wontDo);
      expect(valueOf(table, /^Overdue/, count)).toBe(ACTION_COUNTS.overdue);
      expect(valueOf(table, 'Total', count)).toBe(ACTION_COUNTS.total);
    });

    it('groups action items by due quarter', () => {
      const table = tableOf('actionCompletion');
      expect(
        table.rows.map((row) => ({
          quarter: periodLabel(row[0]!.text),
          total: row[columnIndex(table, /^Items/)]!.value,
          done: row[columnIndex(table, /^Done$/)]!.value,
          wontDo: row[columnIndex(table, /^Won.t do/)]!.value,
          overdue: row[columnIndex(table, /^Overdue/)]!.value,
          notYetDue: row[columnIndex(table, /^Not yet due/)]!.value,
        })),
      ).toEqual(
        COMPLETION_BY_QUARTER.map(({ quarter, ...rest }) => ({ quarter: periodLabel(quarterLabel(quarter)), ...rest })),
      );
    });

    it('lists the 5 overdue items longest first, with their days overdue', () => {
      const table = tableOf('overdue');
      expect(table.rows.map((row) => row[0]!.text)).toEqual(OVERDUE.map((entry) => entry.title));
      expect(columnOf(table, /^Owner/).map((cell) => cell.text)).toEqual(OVERDUE.map((entry) => entry.owner));
      expect(columnOf(table, /^Days overdue/).map((cell) => cell.value)).toEqual(OVERDUE.map((entry) => entry.days));
    });
  });

  describe('group pages’ action items and root-cause pages', () => {
    it.each(Object.entries(GROUP_ACTION_ITEMS))(
      '%s counts its action items by the archive’s definitions',
      (path, truth) => {
        const html = page(`${path}/`);
        expect(groupStat(html, 'unfinished-action-items')).toBe(String(truth.unfinished));
        const breakdown = groupStat(html, 'action-item-breakdown');
        expect(breakdown).toMatch(new RegExp(`\\b${truth.open} open\\b`));
        expect(breakdown).toMatch(new RegExp(`\\b${truth.inProgress} in progress\\b`));
        expect(breakdown).toMatch(new RegExp(`\\b${truth.overdue} overdue\\b`));
      },
    );

    it.each(Object.entries(ROOT_CAUSE_PAGES))(
      'root cause %s: as root cause and as contributing factor',
      (id, truth) => {
        const html = page(`root-causes/${id}/`);
        expect(groupStat(html, 'count')).toBe(String(truth.count));
        expect(groupStat(html, 'factor-count')).toBe(String(truth.factorCount));
      },
    );
  });

  describe('the archive index and the exports', () => {
    const json = (path: string) => JSON.parse(readFileSync(join(build.outDir, path), 'utf8'));

    it('date each incident and measure its durations as the hand computation does', () => {
      const rows = new Map<string, { date: string; ttdMinutes: number; ttmMinutes: number; teams: string[] }>(
        json('archive-index.json').rows.map((row: { id: string }) => [row.id, row]),
      );
      const records = new Map<string, Record<string, unknown>>(
        json('postmortems.json').postmortems.map((record: { id: string }) => [record.id, record]),
      );
      for (const key of Object.keys(ID) as Key[]) {
        const truth = INCIDENTS[key];
        const row = rows.get(ID[key])!;
        expect({ date: row.date, ttd: row.ttdMinutes, ttm: row.ttmMinutes, teams: row.teams }, key).toEqual({
          date: truth.date,
          ttd: truth.ttd,
          ttm: truth.ttm,
          teams: truth.teams,
        });
        expect(records.get(ID[key]), key).toMatchObject({
          ttdMinutes: truth.ttd,
          ttmMinutes: truth.ttm,
          impactMinutes: truth.impact,
          resolveMinutes: truth.ttr ?? null,
          teams: truth.teams,
        });
      }
    });
  });

  describe('/insights-data.json', () => {
    const file = dataFile;

    it('is as of 1 Jan 2026 and holds every incident with its hand-computed figures', () => {
      expect(file().today).toBe(TRUTH_TODAY);
      const incidents = new Map(unpackInsightsData(file(), '/').map((incident) => [incident.id, incident]));
      expect(incidents.size).toBe(13);
      for (const key of Object.keys(ID) as Key[]) {
        const truth = INCIDENTS[key];
        const incident = incidents.get(ID[key])!;
        expect(
          {
            date: incident.date,
            ttd: incident.timeToDetect / MINUTE,
            ttm: incident.timeToMitigate / MINUTE,
            impact: incident.impactDuration / MINUTE,
            ttr: incident.timeToResolve === undefined ? undefined : incident.timeToResolve / MINUTE,
            hour: incident.startHour,
            weekday: incident.startWeekday,
            leads: incident.misleadingLeads,
            lost: incident.misleadingTime / MINUTE,
            teams: incident.teams,
          },
          key,
        ).toEqual(truth);
      }
      expect(incidents.get(ID.C2)).toMatchObject({
        customersAffected: 5400,
        revenueLoss: { amount: 42000, currency: 'USD' },
      });
      expect(incidents.get(ID.C1)!.revenueLoss).toEqual({ amount: 15000, currency: 'EUR' });
    });
  });
});
