/**
 * The cross-incident views on the built example archive: incidents by service
 * and by team, per month by severity, when incidents start, and the time to
 * resolve. Figures are counted by hand from the example's front matter
 * (content/postmortems/, 25 published postmortems, built as of 1 Jan 2026).
 * tests/build/insights.test.ts holds every table cell equal to the insights
 * modules; this holds the sums and rows a reader checks first.
 */
import { describe, expect, inject, it } from 'vitest';
import { readPage, visibleText } from '../support/html.ts';

const { example } = inject('builds');
const PUBLISHED = 25;

/** Visible text of each body row of the table `data-table="name"`, cell by cell. */
function rows(html: string, name: string): string[][] {
  const table = new RegExp(`<table[^>]*data-table="${name}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  expect(table, `table "${name}"`).not.toBeNull();
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table![1]!)![1]!;
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<(th|td)[^>]*>([\s\S]*?)<\/\1>/g)].map((cell) => visibleText(cell[2]!)),
  );
}

const sum = (values: string[]) => values.reduce((total, value) => total + Number(value), 0);
const panelTag = (html: string, key: string) => new RegExp(`<section[^>]*data-panel="${key}"[^>]*>`).exec(html)?.[0];

describe('the cross-incident views on /insights/', () => {
  const html = () => readPage(example.outDir, 'insights/');

  it('ranks services by incidents: Payments and Storefront (web) lead with 6 each', () => {
    const services = rows(html(), 'byService');
    // Payments: checkout+payments ×2, checkout+payments+inventory, payments, payments+api-gateway, payments+checkout.
    // Storefront: api-gateway+mobile-api+storefront, auth+mobile-api+storefront ×2, edge-cdn+storefront ×2, storefront.
    expect(services.slice(0, 2).map((row) => row.slice(0, 2))).toEqual(
      expect.arrayContaining([
        ['Payments', '6'],
        ['Storefront (web)', '6'],
      ]),
    );
    expect(services).toHaveLength(13);
    // Six incidents are enough for a median; Admin console's one is not.
    expect(services[0]![3]).toMatch(/^\d/);
    expect(services.find((row) => row[0] === 'Admin console')!.slice(1)).toEqual([
      '1',
      expect.stringMatching(/^\d/),
      'too few incidents',
      'too few incidents',
    ]);
  });

  it('counts every incident once per month, from Jan 2025, and marks the build month partial', () => {
    const months = rows(html(), 'severityMonthly');
    expect(months[0]![0]).toBe('Jan 2025');
    expect(sum(months.map((row) => row.at(-1)!))).toBe(PUBLISHED);
    expect(months.map((row) => row[0])).toContain('Jan 2026 (to 1 Jan)');
  });

  it('shows when incidents start as a weekday × hour grid in each incident’s own time zone, and a 3-hour form', () => {
    const page = html();
    expect(visibleText(page)).toContain('in each incident’s own time zone');
    const grid = rows(page, 'startClock');
    expect(grid.map((row) => row[0])).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
      'All days',
    ]);
    expect(grid.every((row) => row.length === 26)).toBe(true);
    expect(grid.at(-1)!.at(-1)).toBe(String(PUBLISHED));
    expect(sum(grid.slice(0, 7).map((row) => row.at(-1)!))).toBe(PUBLISHED);
    expect(page).toMatch(/<td class="num heat" data-value="\d+" data-heat="[0-5]">/);
    const narrow = rows(page, 'startClock-narrow');
    expect(narrow.every((row) => row.length === 10)).toBe(true);
    expect(narrow.at(-1)!.at(-1)).toBe(String(PUBLISHED));
  });

  it('tables the time to resolve per quarter with its n: every example incident has a resolved event', () => {
    const quarters = rows(html(), 'resolveQuarterly');
    expect(quarters[0]![0]).toBe('2025 Q1');
    expect(sum(quarters.map((row) => row[1]!))).toBe(PUBLISHED);
    expect(sum(quarters.map((row) => row[2]!))).toBe(PUBLISHED);
    // No example quarter holds the five incidents a median needs.
    expect(new Set(quarters.map((row) => row[3]))).toEqual(new Set(['too few incidents']));
  });
});

describe('the views scoped to a service', () => {
  it('leave out the ranking by service where every incident names only that service', () => {
    // Both search incidents name search alone.
    const search = readPage(example.outDir, 'services/search/');
    expect(panelTag(search, 'byService')).toMatch(/\shidden/);
    expect(panelTag(search, 'startClock')).not.toMatch(/\shidden/);
    // Payments incidents also name checkout, inventory and the API gateway.
    const payments = readPage(example.outDir, 'services/payments/');
    expect(panelTag(payments, 'byService')).not.toMatch(/\shidden/);
    expect(rows(payments, 'byService')[0]!.slice(0, 2)).toEqual(['Payments', '6']);
  });
});
