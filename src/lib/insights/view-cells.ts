/** Cells, labels and the shared context the insights panels are built from. */
import { inlineCodePieces } from '../inline-code.ts';
import { formatCalendarDate } from '../time/format.ts';
import { formatMinutes, formatNumber, formatShare } from './format.ts';
import { monthLabel } from '../time/calendar.ts';
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
export const shareCell = (percent: number | undefined): TableCell =>
  percent === undefined ? { text: '—' } : { text: formatShare(percent), value: percent };
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
