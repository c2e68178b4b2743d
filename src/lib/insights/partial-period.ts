/**
 * Labels of months and quarters that say when the build date falls inside
 * one: its counts and medians are not yet complete, so not comparable with
 * whole periods. (Meant to give way to a shared periods module.)
 */
import { addMonths, lastDayOfMonth, monthLabel, quarterLabel } from '../time/calendar.ts';

const PARTIAL = ' (partial)';

/** `'Oct 2026'`, or `'Nov 2026 (partial)'` when `today` (YYYY-MM-DD) is in it. */
export function monthPeriodLabel(month: string, today: string): string {
  const within = today >= `${month}-01` && today <= lastDayOfMonth(month);
  return `${monthLabel(month)}${within ? PARTIAL : ''}`;
}

/** `'2026 Q3'`, or `'2026 Q4 (partial)'` when `today` is in it. */
export function quarterPeriodLabel(quarter: string, today: string): string {
  const first = quarterFirstDay(quarter);
  const within = today >= first && today < addMonths(first, 3);
  return `${quarterLabel(quarter)}${within ? PARTIAL : ''}`;
}

/** `'2026-Q4'` -> `'2026-10-01'`. */
export function quarterFirstDay(quarter: string): string {
  return `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`;
}
