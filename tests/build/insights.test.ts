/**
 * /insights/, /insights-data.json and /action-items/ as built from the example
 * archive and the basic fixture. The expected numbers come from the insights
 * modules run on the content read straight from disk (through the check
 * engine, not Astro), so a page that drops, rounds or misplaces a number fails.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { buildDate } from '../../src/lib/build-date.ts';
import { checkArchive } from '../../src/lib/check/index.ts';
import { buildIncidentArchive } from '../../src/lib/incident/archive.ts';
import { toInsightIncident } from '../../src/lib/incident/insight-record.ts';
import type { ActionItemList } from '../../src/lib/insights/action-item-list.ts';
import { allActionItems, countActionItems } from '../../src/lib/insights/action-items.ts';
import { isUnfinished } from '../../src/lib/action-items.ts';
import { unpackInsightsData, type InsightsDataFile } from '../../src/lib/insights/data-file.ts';
import { earlierIncidentIds } from '../../src/lib/insights/earlier-promises.ts';
import { quarterHeading } from '../../src/lib/insights/periods.ts';
import { findRepeats, rankRootCauses } from '../../src/lib/insights/recurrence.ts';
import { timingByQuarter } from '../../src/lib/insights/timing.ts';
import type { InsightIncident, InsightNames } from '../../src/lib/insights/types.ts';
import { insightsView } from '../../src/lib/insights/view.ts';
import { PANEL_KEYS, type TableModel } from '../../src/lib/insights/view-types.ts';
import { readArchiveSources } from '../../src/lib/read-sources.ts';
import { PROJECT_ROOT, TEST_BUILD_EPOCH, type FixtureBuild } from '../support/fixture-build.ts';
import { decodeEntities, readPage, visibleText } from '../support/html.ts';

const { example, basic, basicBase } = inject('builds');
const TODAY = buildDate({ SOURCE_DATE_EPOCH: TEST_BUILD_EPOCH });

/** The published incidents and taxonomy names of a content folder, read without Astro. */
function archiveFromDisk(contentDir: string, base = '/'): { incidents: InsightIncident[]; names: InsightNames } {
  const result = checkArchive(readArchiveSources({ root: PROJECT_ROOT, contentDir }));
  const taxonomy = (file: string) =>
    new Map(
      (parseYaml(readFileSync(join(PROJECT_ROOT, contentDir, file), 'utf8')) as { id: string; name: string }[]).map(
        (entry) => [entry.id, entry],
      ),
    );
  const archive = buildIncidentArchive(
    result.postmortems
      .filter((postmortem) => postmortem.data?.status === 'published')
      .map((postmortem) => ({ id: postmortem.id, data: postmortem.data! })),
    { services: taxonomy('services.yaml'), teams: taxonomy('teams.yaml'), rootCauses: taxonomy('root-causes.yaml') },
    { base, contentDir },
  );
  return { incidents: archive.incidents.map(toInsightIncident), names: archive.names };
}

interface ParsedCell {
  text: string;
  value?: number;
  href?: string;
}

/** The body rows of the table carrying `data-table="name"`, cell by cell. */
function tableRows(html: string, name: string): ParsedCell[][] {
  const table = new RegExp(`<table[^>]*data-table="${name}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  expect(table, `table "${name}"`).not.toBeNull();
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table![1]!)![1]!;
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<(th|td)([^>]*)>([\s\S]*?)<\/\1>/g)].map(([, , attributes, content]) => {
      const value = /data-value="([^"]*)"/.exec(attributes!)?.[1];
      const href = /<a [^>]*href="([^"]*)"/.exec(content!)?.[1];
      return {
        text: visibleText(content!),
        ...(value === undefined ? {} : { value: Number(value) }),
        ...(href === undefined ? {} : { href: decodeEntities(href) }),
      };
    }),
  );
}

/** What the built table must hold for a table model. */
function expectedRows(model: TableModel): ParsedCell[][] {
  if (model.rows.length === 0) return [[{ text: model.empty }]];
  return model.rows.map((row) =>
    row.map((cell) => ({
      text: cell.text,
      ...(cell.value === undefined ? {} : { value: cell.value }),
      ...(cell.href === undefined ? {} : { href: cell.href }),
    })),
  );
}

/** The section of one panel. */
function panelHtml(html: string, key: string): string {
  const match = new RegExp(`<section[^>]*data-panel="${key}"[^>]*>([\\s\\S]*?)</section>`).exec(html);
  expect(match, `panel "${key}"`).not.toBeNull();
  return match![1]!;
}

/** Every JavaScript file a page loads, following static imports. */
function loadedScripts(build: FixtureBuild, html: string): string[] {
  const files = new Set<string>();
  const visit = (path: string) => {
    if (files.has(path)) return;
    files.add(path);
    const code = readFileSync(join(build.outDir, path.slice(build.base.length)), 'utf8');
    for (const [, imported] of code.matchAll(/from\s*"(\.\/[^"]+\.js)"/g)) {
      visit(new URL(imported!, `http://x${path}`).pathname);
    }
    for (const [, imported] of code.matchAll(/import\s*"(\.\/[^"]+\.js)"/g)) {
      visit(new URL(imported!, `http://x${path}`).pathname);
    }
    // Chart.js is imported on demand, after the page has painted.
    for (const [, imported] of code.matchAll(/import\(\s*["`](\.\/[^"`]+\.js)["`]\s*\)/g)) {
      visit(new URL(imported!, `http://x${path}`).pathname);
    }
  };
  for (const [, src] of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) if (src!.endsWith('.js')) visit(src!);
  return [...files].map((path) => readFileSync(join(build.outDir, path.slice(build.base.length)), 'utf8'));
}

const CHART_JS = /static id=.category./;

describe('/insights/ on the example archive', () => {
  const { incidents, names } = archiveFromDisk('content');
  const view = insightsView(incidents, { today: TODAY, names });
  const html = () => readPage(example.outDir, 'insights/');

  it('builds', () => {
    expect(example.exitCode, example.log).toBe(0);
    expect(incidents).toHaveLength(25);
  });

  it('renders every panel, each chart with role="img", its summary as aria-label and its table beside it', () => {
    const page = html();
    for (const key of PANEL_KEYS) {
      const panel = view.panels[key];
      const section = panelHtml(page, key);
      expect(visibleText(section), key).toContain(panel.title);
      expect(section, key).toMatch(new RegExp(`<table[^>]*data-table="${key}"`));
      if (!panel.chart) continue;
      const canvas = /<canvas([^>]*)>/.exec(section)![1]!;
      expect(canvas, key).toContain('role="img"');
      expect(decodeEntities(/aria-label="([^"]*)"/.exec(canvas)![1]!), key).toBe(panel.summary);
      const spec = JSON.parse(decodeEntities(/data-chart="([^"]*)"/.exec(section)![1]!));
      expect(spec, `chart data of ${key}`).toEqual(panel.chart);
      expect(section, key).toMatch(/<details class="insights-data"[^>]*>[\s\S]*<table/);
    }
  });

  it('puts in every table exactly the numbers the insights modules compute from the content', () => {
    const page = html();
    expect(tableRows(page, 'comparison')).toEqual(expectedRows(view.comparison));
    for (const key of PANEL_KEYS) {
      expect(tableRows(page, key), `table of ${key}`).toEqual(expectedRows(view.panels[key].table));
    }
  });

  it('tables the quarterly medians and p90s of time to detect and to mitigate', () => {
    const quarters = timingByQuarter(incidents);
    const detect = tableRows(html(), 'detectQuarterly');
    expect(detect.map((row) => row[0]!.text)).toEqual(quarters.map((q) => quarterHeading(q.quarter, TODAY)));
    expect(detect.map((row) => row[2]!.value)).toEqual(quarters.map((q) => q.timeToDetect.median));
    expect(detect.map((row) => row[3]!.value)).toEqual(quarters.map((q) => q.timeToDetect.p90));
    const mitigate = tableRows(html(), 'mitigateQuarterly');
    expect(mitigate.map((row) => row[2]!.value)).toEqual(quarters.map((q) => q.timeToMitigate.median));
    // The example's first quarter has 4 incidents (TTD 52, 190, 41 and 22 minutes): too few
    // for a median (5) or a p90 (10), and no quarter of the example has five.
    expect(detect[0]!.map((cell) => cell.text)).toEqual(['2025 Q1', '4', 'too few incidents', 'too few incidents']);
    expect(detect.every((row) => row[1]!.value! < 5)).toBe(true);
    // Built as of 1 Jan 2026: that quarter is under way, the ones after it not yet begun.
    expect(detect.map((row) => row[0]!.text).slice(4, 6)).toEqual(['2026 Q1 (to 1 Jan)', '2026 Q2 (not yet begun)']);
  });

  it('lists the root causes that recur, certificate expiry among them, with their repeats', () => {
    const ranked = tableRows(html(), 'rootCauses');
    const row = (name: string) => ranked.find((cells) => cells[0]!.text === name)?.map((cell) => cell.text);
    expect(row('Configuration change')).toEqual(['Configuration change', '5', '2', '1', '14 Jan 2025', '30 Jun 2026']);
    expect(row('Certificate or credential expiry')).toEqual([
      'Certificate or credential expiry',
      '3',
      '1',
      '1',
      '27 Feb 2025',
      '4 Mar 2026',
    ]);
    const expected = rankRootCauses(incidents, findRepeats(incidents));
    expect(ranked.map((cells) => cells[1]!.value)).toEqual(expected.map((category) => category.incidents));

    const repeats = tableRows(html(), 'repeats');
    const certificate = repeats.find((cells) => cells[2]!.text === 'Certificate or credential expiry')!;
    expect(certificate[0]!.href).toBe('/postmortems/2026-03-04-payments-webhook-signing-cert-expiry/');
    expect(certificate[3]!.href).toBe('/postmortems/2026-01-20-certificate-expiry-internal-mtls/');
    expect(certificate[4]!.value).toBe(43);
    expect(certificate[5]!.text).toBe('Payments');
    expect(repeats).toHaveLength(findRepeats(incidents).length);

    const trend = panelHtml(html(), 'rootCauseTrend');
    expect(visibleText(/<thead>([\s\S]*?)<\/thead>/.exec(trend)![1]!)).toContain('Certificate or credential expiry');
  });

  it('totals customers and revenue per currency over the postmortems that state them', () => {
    // Summed by hand from the impact blocks of the 25 published postmortems (awk over the front matter).
    expect(tableRows(html(), 'impactTotals').map((row) => row.map((cell) => cell.text))).toEqual([
      ['Customers affected', '340,734', '24 of 25'],
      ['Revenue lost (USD)', 'USD 1,230,050', '17 of 25'],
      ['Revenue lost (EUR)', 'EUR 96,200', '2 of 25'],
    ]);
  });

  it('shows what certificate expiry’s earlier incidents promised, the dropped internal-certificate item among them', () => {
    const row = tableRows(html(), 'earlierPromises').find((cells) =>
      cells[0]!.text.startsWith('Extend expiry monitoring and automation to internal and partner certificates'),
    );
    expect(row?.slice(1).map((cell) => cell.text)).toEqual([
      "Won't do 23 Apr 2025",
      'platform',
      '24 Apr 2025',
      'Certificate or credential expiry (again 4 Mar 2026)',
      'Website and apps unreachable for 75 minutes after the wildcard TLS certificate expired',
    ]);
  });

  it('counts action items as of the build date', () => {
    const counts = countActionItems(allActionItems(incidents), TODAY);
    expect(tableRows(html(), 'actionStatus').map((row) => row[1]!.value)).toEqual([
      counts.open,
      counts.inProgress,
      counts.done,
      counts.wontDo,
      counts.overdue,
      counts.total,
    ]);
    expect(counts.total).toBe(127);
  });

  it('serves the incidents of this build as a compact data file that yields the same incidents', () => {
    const file = JSON.parse(readFileSync(join(example.outDir, 'insights-data.json'), 'utf8')) as InsightsDataFile;
    expect(file.today).toBe(TODAY);
    expect(file.names).toEqual(names);
    const listed = new Set(
      findRepeats(incidents).flatMap((repeat) => [
        repeat.incident.id,
        repeat.previous.id,
        ...(repeat.sameService ? [repeat.sameService.previous.id] : []),
      ]),
    );
    // Titles stay where a list can show them: repeats, misleading leads, unfinished items, earlier promises.
    const promised = earlierIncidentIds(incidents);
    const unpacked = unpackInsightsData(file, '/');
    expect(unpacked.map((incident) => incident.id)).toEqual(incidents.map((incident) => incident.id));
    unpacked.forEach((incident, index) => {
      const original = incidents[index]!;
      const shown =
        listed.has(original.id) ||
        promised.has(original.id) ||
        original.misleadingLeads > 0 ||
        original.actionItems.some(isUnfinished);
      expect(incident, original.id).toEqual({
        ...original,
        title: shown ? original.title : original.id,
        actionItems: original.actionItems.map((item) => ({
          ...item,
          title: isUnfinished(item) || promised.has(original.id) ? item.title : '',
        })),
      });
    });
    // The latest incident of a recurring cause keeps no title of a finished item.
    const latestTls = unpacked.find((incident) => incident.id === '2026-03-04-payments-webhook-signing-cert-expiry')!;
    expect(latestTls.actionItems.filter((item) => !isUnfinished(item)).map((item) => item.title)).toSatisfy(
      (titles: string[]) => titles.every((title) => title === ''),
    );
    // The draft is not in it.
    expect(readFileSync(join(example.outDir, 'insights-data.json'), 'utf8')).not.toContain(
      'notifications-duplicate-push',
    );
  });

  it('stays small and loads Chart.js only where there are charts', () => {
    const page = html();
    expect(gzipSync(page).length).toBeLessThan(150_000);
    expect(loadedScripts(example, page).some((code) => CHART_JS.test(code))).toBe(true);
    for (const other of ['', 'action-items/', 'postmortems/2026-01-20-certificate-expiry-internal-mtls/']) {
      const scripts = loadedScripts(example, readPage(example.outDir, other));
      expect(
        scripts.some((code) => CHART_JS.test(code)),
        `Chart.js on /${other}`,
      ).toBe(false);
    }
  });

  it('registers only the Chart.js parts it draws with', () => {
    const chartCode = loadedScripts(example, html()).find((code) => CHART_JS.test(code))!;
    for (const controller of ['radar', 'doughnut', 'pie', 'polarArea', 'bubble']) {
      expect(chartCode, controller).not.toMatch(new RegExp(`static id=.${controller}.`));
    }
    for (const needed of ['bar', 'line', 'scatter', 'logarithmic']) {
      expect(chartCode, needed).toMatch(new RegExp(`static id=.${needed}.`));
    }
  });

  it('keeps its scripts in modules, and its filters disabled until their script enables them', () => {
    const page = html();
    for (const [, attributes, body] of page.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (!/\ssrc=/.test(attributes!)) expect(body, 'inline script').not.toMatch(/insights|chart/i);
    }
    expect(page).toMatch(/<form[^>]*data-insights-filters[^>]*>\s*<fieldset[^>]*\sdisabled/);
  });
});

describe('/action-items/ on the example archive', () => {
  const { incidents } = archiveFromDisk('content');
  const html = () => readPage(example.outDir, 'action-items/');

  /** /action-items/, then /action-items/page/2/ and on, as long as each links to the next. */
  const pages = () => {
    const found = [html()];
    while (/<a href="\/action-items\/page\/\d+\/" rel="next"/.test(found.at(-1)!))
      found.push(readPage(example.outDir, `action-items/page/${found.length + 1}/`));
    return found;
  };

  it('lists every action item of every published postmortem, 50 to a page, each linking back to it', () => {
    const byPage = pages().map((page) => [
      ...page.matchAll(/<tr data-status="([^"]+)" data-owner="([^"]*)"[^>]*>([\s\S]*?)<\/tr>/g),
    ]);
    const items = incidents.flatMap((incident) => incident.actionItems.map((item) => ({ incident, item })));
    expect(items.length).toBeGreaterThan(100);
    expect(byPage.map((rows) => rows.length)).toEqual(
      Array.from({ length: Math.ceil(items.length / 50) }, (_, index) => Math.min(50, items.length - index * 50)),
    );
    const rows = byPage.flat();
    expect(rows).toHaveLength(items.length);
    const links = rows.map((row) => /<td class="source"><a href="([^"]+)"/.exec(row[3]!)?.[1]);
    for (const { incident } of items) expect(links).toContain(incident.url);
    expect(new Set(links)).toEqual(new Set(incidents.map((incident) => incident.url)));
  });

  it('serves the whole list for the filters, in the order of the pages', () => {
    const list = JSON.parse(readFileSync(join(example.outDir, 'action-items.json'), 'utf8')) as ActionItemList;
    const owners = pages().flatMap((page) => [...page.matchAll(/<tr data-status="[^"]+" data-owner="([^"]*)"/g)]);
    expect(list.rows.map((row) => row.owner)).toEqual(owners.map((match) => match[1]));
    const sources = pages().flatMap((page) => [...page.matchAll(/<td class="source"><a href="([^"]+)"/g)]);
    expect(list.rows.map((row) => list.incidents[row.incident]!.url)).toEqual(sources.map((match) => match[1]));
  });

  it('summarises the counts the insights module gives', () => {
    const counts = countActionItems(allActionItems(incidents), TODAY);
    const summary = (key: string) =>
      Number(
        visibleText(new RegExp(`<li data-summary="${key}"[^>]*>([\\s\\S]*?)</li>`).exec(html())![1]!).split(' ')[0],
      );
    expect(summary('total')).toBe(counts.total);
    expect(summary('open')).toBe(counts.open);
    expect(summary('in-progress')).toBe(counts.inProgress);
    expect(summary('done')).toBe(counts.done);
    expect(summary('wont-do')).toBe(counts.wontDo);
    expect(summary('overdue')).toBe(counts.overdue);
  });
});

describe('overdue action items, on the basic fixture (built as of 1 Jan 2026)', () => {
  it('lists the open item due 15 Dec 2025 on /insights/ with owner, due date and postmortem', () => {
    expect(basic.exitCode, basic.log).toBe(0);
    const rows = tableRows(readPage(basic.outDir, 'insights/'), 'overdue');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.map((cell) => cell.text)).toEqual([
      'Alert on duplicate route assignments',
      'priya',
      '15 Dec 2025',
      '17',
      'Open',
      rows[0]![5]!.text,
    ]);
    expect(rows[0]![5]!.href).toBe('/postmortems/2025-11-02-scheduler-dst/');
  });

  it('marks it on /action-items/, and leaves the draft’s items out', () => {
    const html = readPage(basic.outDir, 'action-items/');
    const overdue = [...html.matchAll(/<tr [^>]*data-overdue="true"[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
      visibleText(row[1]!),
    );
    expect(overdue).toHaveLength(1);
    expect(overdue[0]).toMatch(/^Alert on duplicate route assignments priya 15 Dec 2025 Overdue Open Detect/);
    const { incidents } = archiveFromDisk('tests/fixtures/basic/content');
    expect([...html.matchAll(/<tr data-status=/g)]).toHaveLength(allActionItems(incidents).length);
  });
});

describe('below a base path (/postmortems/)', () => {
  it('links and fetches below the base', () => {
    expect(basicBase.exitCode, basicBase.log).toBe(0);
    const insights = readPage(basicBase.outDir, 'insights/');
    expect(insights).toContain('data-data-url="/postmortems/insights-data.json"');
    expect(existsSync(join(basicBase.outDir, 'insights-data.json'))).toBe(true);
    expect(tableRows(insights, 'overdue')[0]![5]!.href).toBe('/postmortems/postmortems/2025-11-02-scheduler-dst/');
    const actionItems = readPage(basicBase.outDir, 'action-items/');
    const hrefs = [...actionItems.matchAll(/<td class="source"><a href="([^"]+)"/g)].map((match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/postmortems\/postmortems\/[a-z0-9-]+\/$/);
  });
});
