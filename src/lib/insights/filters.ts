/**
 * The insights page's filters (service, team, severity, period), as they sit
 * in the URL query (keys and values as on every page: src/lib/url-state.ts),
 * and the incidents they keep.
 */
import { addDays, addMonths } from '../time/calendar.ts';
import type { InsightIncident } from './types.ts';
import { canonicalValue, readQuery, writeQuery } from '../url-state.ts';

export const FILTER_KEYS = ['service', 'team', 'severity', 'period'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type InsightsFilter = Partial<Record<FilterKey, string>>;

/** The values a filter may take; anything else in a URL is ignored. */
export type FilterChoices = Record<FilterKey, readonly string[]>;

export interface DateRange {
  /** Inclusive, YYYY-MM-DD. */
  from: string;
  /** Inclusive, YYYY-MM-DD. */
  to: string;
}

const RELATIVE_PERIODS: Record<string, { label: string; range: (today: string) => DateRange }> = {
  'last-90-days': { label: 'Last 90 days', range: (today) => ({ from: addDays(today, -89), to: today }) },
  'last-12-months': {
    label: 'Last 12 months',
    range: (today) => ({ from: addDays(addMonths(today, -12), 1), to: today }),
  },
  'last-24-months': {
    label: 'Last 24 months',
    range: (today) => ({ from: addDays(addMonths(today, -24), 1), to: today }),
  },
};

/** The dates a period covers, relative to `today` for the "last …" ones; undefined for an unknown period. */
export function periodRange(period: string, today: string): DateRange | undefined {
  if (/^\d{4}$/.test(period)) return { from: `${period}-01-01`, to: `${period}-12-31` };
  return RELATIVE_PERIODS[period]?.range(today);
}

export interface PeriodOption {
  value: string;
  label: string;
}

/** The relative periods, then every year that has an incident, newest first. */
export function periodOptions(dates: readonly string[]): PeriodOption[] {
  const years = [...new Set(dates.map((date) => date.slice(0, 4)))].sort().reverse();
  return [
    ...Object.entries(RELATIVE_PERIODS).map(([value, { label }]) => ({ value, label })),
    ...years.map((year) => ({ value: year, label: year })),
  ];
}

/** Labels of filter values by id, for reading links that carry display names. */
export type FilterLabels = Partial<Record<FilterKey, Readonly<Record<string, string>>>>;

/**
 * Reads the filters from a query string (src/lib/url-state.ts), keeping only
 * values among `choices`. A `year` the index or search page put in a link
 * stands for that year's period.
 */
export function parseInsightsFilter(
  query: string | URLSearchParams,
  choices: FilterChoices,
  labels: FilterLabels = {},
): InsightsFilter {
  const values = readQuery(query);
  values.period ??= values.year;
  const filter: InsightsFilter = {};
  for (const key of FILTER_KEYS) {
    const value = values[key]
      ?.map((value) => canonicalValue(value, labels[key]))
      .find((value) => choices[key].includes(value));
    if (value) filter[key] = value;
  }
  return filter;
}

/** `?service=checkout&period=2025`, in the URL's key order, or '' with no filter. */
export function insightsQuery(filter: InsightsFilter): string {
  return writeQuery(Object.fromEntries(FILTER_KEYS.filter((key) => filter[key]).map((key) => [key, [filter[key]!]])));
}

export function isUnfiltered(filter: InsightsFilter): boolean {
  return FILTER_KEYS.every((key) => !filter[key]);
}

/** The incidents the filter keeps; a period is judged by each incident's start date. */
export function applyInsightsFilter<T extends Pick<InsightIncident, 'services' | 'teams' | 'severity' | 'date'>>(
  incidents: readonly T[],
  filter: InsightsFilter,
  today: string,
): T[] {
  const range = filter.period ? periodRange(filter.period, today) : undefined;
  return incidents.filter(
    (incident) =>
      (!filter.service || incident.services.includes(filter.service)) &&
      (!filter.team || incident.teams.includes(filter.team)) &&
      (!filter.severity || incident.severity === filter.severity) &&
      (!range || (incident.date >= range.from && incident.date <= range.to)),
  );
}
