/** Cells, labels and the shared context the insights panels are built from. */
import { inlineCodePieces } from '../inline-code.ts';
import { formatCalendarDate } from '../time/format.ts';
import { formatMinutes, formatNumber, formatShare } from './format.ts';
import { monthLabel } from '../time/calendar.ts';
import { MIN_SAMPLE, type ReportedStatistic } from './percentiles.ts';
import type { Repeat } from './recurrence.ts';
import type { InsightIncident, InsightNames } from './types.ts';
import type { TableCell } from './view-types.ts';

/** What every panel builder is given. */
export interface PanelContext {
  incidents: readonly InsightIncident[];
  today: string;
  names: InsightNames;
  windowDays: number;
  rollingMonths: number;
  listLimit: number;
  chartLimit: number;
  repeats: Repeat<InsightIncident>[];
}

export const numberCell = (value: number | undefined, title?: string): TableCell =>
  value === undefined ? { text: '—' } : { text: formatNumber(value), value, ...(title ? { title } : {}) };
export const minutesCell = (value: number | undefined): TableCell =>
  numberCell(value, value === undefined ? undefined : formatMinutes(value));
/** The words shown instead of a statistic that has too few values behind it. */
export const TOO_FEW = 'too few incidents';

/** Why a statistic is missing: "2 incidents; a median needs at least 5". */
export function tooFewReason(statistic: ReportedStatistic, count: number): string {
  return `${count} incident${count === 1 ? '' : 's'}; a ${statistic === 'p90' ? 'p90' : 'median'} needs at least ${MIN_SAMPLE[statistic]}`;
}

/**
 * A median or p90 in minutes: its value, "too few incidents" when there are
 * some but not enough (with the reason on hover), or "—" when there are none.
 */
export function statisticCell(value: number | undefined, statistic: ReportedStatistic, count: number): TableCell {
  if (value !== undefined) return minutesCell(value);
  return count > 0 ? { text: TOO_FEW, title: tooFewReason(statistic, count) } : { text: '—' };
}

export const shareCell = (percent: number | undefined): TableCell =>
  percent === undefined ? { text: '—' } : { text: formatShare(percent), value: percent };

/**
 * Below this many incidents a share is shown with its count ("33.3 % (1 of 3)"):
 * one incident more or less swings it by 20 points or more.
 */
export const SHARE_MIN_COUNT = 5;

/** `part` of `whole` in words: "6 of 26". */
export const countOf = (part: number, whole: number) => `${formatNumber(part)} of ${formatNumber(whole)}`;

/** A share of incidents: the percentage, with the count beside it when the whole is small. */
export function shareOfCell(part: number, whole: number): TableCell {
  const percent = percentOf(part, whole);
  if (percent === undefined) return { text: '—' };
  if (whole >= SHARE_MIN_COUNT) return { text: formatShare(percent), value: percent, title: countOf(part, whole) };
  return { text: `${formatShare(percent)} (${countOf(part, whole)})`, value: percent };
}

/** A share in a sentence, always with its count: "23.1 % (6 of 26)", or "no incidents". */
export const shareText = (part: number, whole: number) =>
  whole ? `${formatShare(percentOf(part, whole))} (${countOf(part, whole)})` : 'no incidents';

/** A median or p90 in a sentence: "1 h 05 min", "too few incidents", or "no data" when there are none. */
export const statisticLabel = (value: number | undefined, count: number) =>
  value !== undefined ? formatMinutes(value) : count > 0 ? TOO_FEW : 'no data';
export const dateCell = (date: string): TableCell => ({ text: formatCalendarDate(date) });
export const percentOf = (part: number, whole: number): number | undefined =>
  whole ? (part / whole) * 100 : undefined;
export const name = (names: Record<string, string>, id: string): string => names[id] ?? id;
/** Front-matter text without its code backticks, for plain table cells. */
export const plainText = (text: string) =>
  inlineCodePieces(text)
    .map((piece) => piece.text)
    .join('');
export const minutesLabel = (value: number | undefined) => (value === undefined ? 'no data' : formatMinutes(value));

/** "Jan 2025 to Oct 2026" for the incidents' dates. */
export function span(dates: string[]): string {
  if (dates.length === 0) return '';
  const sorted = [...dates].sort();
  const first = monthLabel(sorted[0]!.slice(0, 7));
  const last = monthLabel(sorted.at(-1)!.slice(0, 7));
  return first === last ? ` in ${first}` : ` from ${first} to ${last}`;
}
