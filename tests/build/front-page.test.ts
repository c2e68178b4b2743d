/**
 * The front page (/) of the example archive, built as of the test build date:
 * its summary shows what frontPageSummary computes from the same content read
 * straight from disk, and agrees with /action-items/ and the insights; the
 * list below it has the impact duration column.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildDate } from '../../src/lib/build-date.ts';
import type { IndexRow } from '../../src/lib/incident/index-row.ts';
import { toInsightIncident } from '../../src/lib/incident/insight-record.ts';
import { applyInsightsFilter } from '../../src/lib/insights/filters.ts';
import { insightsView } from '../../src/lib/insights/view.ts';
import { frontPageSummary } from '../../src/lib/pages/front-page.ts';
import { formatDuration, MINUTE, toMinutes } from '../../src/lib/time/duration.ts';
import { archiveFromContent } from '../support/content-archive.ts';
import { TEST_BUILD_EPOCH } from '../support/fixture-build.ts';
import { decodeEntities, readPage, textOfElement, visibleText } from '../support/html.ts';
import { columnIndex, readTable, rowOf } from '../support/html-tables.ts';

const { example } = inject('builds');
const TODAY = buildDate({ SOURCE_DATE_EPOCH: TEST_BUILD_EPOCH });
const archive = archiveFromContent('content');
const records = archive.incidents.map(toInsightIncident);
const summary = frontPageSummary({ incidents: records, names: archive.names, today: TODAY, base: '/' });

/** The summary's markup: from its section to the postmortem list. */
function summaryHtml(): string {
  const html = readPage(example.outDir, '');
  const start = html.indexOf('data-front-summary');
  const end = html.indexOf('data-archive-index');
  expect(start, 'the summary').toBeGreaterThan(0);
  expect(end, 'the list after the summary').toBeGreaterThan(start);
  return html.slice(start, end);
}

/** The markup of the first element carrying `attribute="value"` whose tag is `tag`. */
function element(html: string, tag: string, attribute: string, value: string): string {
  const match = new RegExp(`<${tag}[^>]*\\s${attribute}="${value}"[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  expect(match, `<${tag} ${attribute}="${value}">`).not.toBeNull();
  return match![1]!;
}

const part = (html: string, name: string) => textOfElement(html, 'data-part', name);
const hrefs = (html: string) => [...html.matchAll(/<a [^>]*href="([^"]*)"/g)].map((match) => decodeEntities(match[1]!));

describe('the front page of the example archive', () => {
  it('builds, with one h1: the summary’s', () => {
    expect(example.exitCode, example.log).toBe(0);
    const html = readPage(example.outDir, '');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(visibleText(element(html, 'h1', 'id', 'front-summary-title'))).toBe('How are we doing?');
  });

  it('labels the two windows by their dates', () => {
    const html = summaryHtml();
    expect(textOfElement(html, 'data-window', 'current')).toBe(summary.current.label);
    expect(textOfElement(html, 'data-window', 'previous')).toBe(summary.previous.label);
  });

  it('shows incidents by severity in both windows and the change', () => {
    const table = readTable(summaryHtml(), 'front-severity');
    const rows = [
      { header: 'Last 90 days', counts: summary.current.bySeverity, all: summary.current.count },
      { header: '90 before', counts: summary.previous.bySeverity, all: summary.previous.count },
    ];
    for (const { header, counts, all } of rows) {
      const row = rowOf(table, header);
      for (const [severity, count] of Object.entries(counts)) {
        expect(row[columnIndex(table, new RegExp(`^${severity}$`))]!.text, `${header} ${severity}`).toBe(String(count));
      }
      expect(row[columnIndex(table, /^All$/)]!.text).toBe(String(all));
    }
    const change = rowOf(table, 'Change');
    expect(change[columnIndex(table, /^All$/)]!.text).toBe(summary.change.count.text);
    expect(change[columnIndex(table, /^SEV1$/)]!.text).toBe(summary.change.bySeverity.SEV1.text);
  });

  it('shows median TTD and TTM with their n, "too few incidents" instead of a number, and a change only between figures', () => {
    const html = summaryHtml();
    for (const [key, measure] of [
      ['ttd', 'timeToDetect'],
      ['ttm', 'timeToMitigate'],
    ] as const) {
      const tile = element(html, 'div', 'data-front-median', key);
      const current = summary.current[measure];
      const previous = summary.previous[measure];
      expect(part(tile, 'current'), key).toBe(current.text);
      expect(part(tile, 'n'), key).toBe(`n = ${current.n}`);
      expect(part(tile, 'previous'), key).toBe(previous.text);
      expect(part(tile, 'previous-n'), key).toBe(String(previous.n));
      if (current.minutes === undefined) expect(part(tile, 'current'), key).toBe('too few incidents');
      expect(part(tile, 'change'), key).toBe(summary.change[measure]?.text);
    }
  });

  it('counts overdue action items as /action-items/ does, and links to its overdue filter', () => {
    const tile = element(summaryHtml(), 'div', 'data-front-overdue', 'tile');
    const actionItems = readPage(example.outDir, 'action-items/');
    const count = (key: string) =>
      /<strong[^>]*>([^<]*)<\/strong>/.exec(element(actionItems, 'li', 'data-summary', key))![1];
    expect(part(tile, 'count')).toBe(String(summary.overdue.count));
    expect(part(tile, 'count')).toBe(count('overdue'));
    expect(part(tile, 'unfinished')).toBe(String(Number(count('open')) + Number(count('in-progress'))));
    expect(hrefs(tile)).toContain('/action-items/?overdue=1');
  });

  it('lists the most overdue items with owner and due date, longest overdue first', () => {
    const list = element(summaryHtml(), 'section', 'data-front-list', 'overdue');
    const items = [...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((match) => ({
      owner: part(match[1]!, 'owner'),
      due: part(match[1]!, 'due'),
    }));
    expect(items).toEqual(summary.overdue.items.map((item) => ({ owner: item.owner, due: item.dueLabel })));
    // As of the test build date nothing in the example archive is overdue yet: the list says so.
    if (items.length === 0) expect(visibleText(list)).toContain('No action item is overdue.');
  });

  it('names the recurring causes, linked to their pages, with the earlier incident', () => {
    const html = summaryHtml();
    const list = element(html, 'section', 'data-front-list', 'recurring');
    expect(html).toContain(`data-scope="${summary.recurring.scope}"`);
    expect([...list.matchAll(/data-cause="([^"]+)"/g)].map((match) => match[1])).toEqual(
      summary.recurring.causes.map((cause) => cause.cause.id),
    );
    expect([...list.matchAll(/data-previous="([^"]+)"/g)].map((match) => match[1])).toEqual(
      summary.recurring.causes.map((cause) => cause.previous.id),
    );
    for (const cause of summary.recurring.causes) {
      expect(hrefs(list)).toContain(`/root-causes/${cause.cause.id}/`);
      expect(visibleText(list)).toContain(cause.cause.name);
    }
  });

  it('lists the newest SEV1 and SEV2 incidents with their dates', () => {
    const list = element(summaryHtml(), 'section', 'data-front-list', 'major');
    expect([...list.matchAll(/data-incident="([^"]+)"/g)].map((match) => match[1])).toEqual(
      summary.latestMajor.map((incident) => incident.id),
    );
    for (const incident of summary.latestMajor) {
      expect(hrefs(list)).toContain(incident.url);
      expect(visibleText(list)).toContain(incident.dateLabel);
    }
  });

  it('agrees with the insights narrowed to the same 90 days', () => {
    const view = insightsView(applyInsightsFilter(records, { period: 'last-90-days' }, TODAY), {
      today: TODAY,
      names: archive.names,
      archive: records,
    });
    const stat = (key: string) => view.stats.find((entry) => entry.key === key)!.value;
    expect(stat('incidents')).toBe(String(summary.current.count));
    expect(stat('ttd')).toBe(summary.current.timeToDetect.text);
    expect(stat('ttm')).toBe(summary.current.timeToMitigate.text);
    expect(hrefs(summaryHtml())).toContain('/insights/?period=last-90-days');
  });

  it('gives every postmortem row its impact duration, as the JSON the browser re-renders rows from has it', () => {
    const html = readPage(example.outDir, '');
    const json = JSON.parse(readFileSync(join(example.outDir, 'archive-index.json'), 'utf8')) as { rows: IndexRow[] };
    const rows = [...html.matchAll(/<tr data-id="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    expect(rows).toHaveLength(archive.incidents.length);
    for (const [, id, row] of rows) {
      const incident = archive.byId.get(id!)!;
      const minutes = toMinutes(incident.durations.impactDuration);
      expect(json.rows.find((entry) => entry.id === id)?.impactMinutes, id).toBe(minutes);
      expect(textOfElement(row!, 'data-duration', 'impact'), id).toBe(formatDuration(minutes * MINUTE));
    }
    expect(html).toMatch(/<option value="impact"[^>]*>Impact \(longest first\)<\/option>/);
  });
});
