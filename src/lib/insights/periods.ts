/**
 * Whether a month or quarter is over, under way or still to come on the build
 * date `today`, and the heading that says so. A period that contains `today`
 * is partial (its last day included: the day is not over when the archive is
 * built), so a count or median for it is not comparable with a whole period.
 * Every chart label and table row naming a month or quarter uses these.
 */
import {
  dayMonthLabel,
  firstDayOfQuarter,
  lastDayOfMonth,
  lastDayOfQuarter,
  monthLabel,
  quarterLabel,
} from '../time/calendar.ts';

/** `complete`: ended before today; `partial`: contains today; `future`: begins after today. */
export type PeriodStatus = 'complete' | 'partial' | 'future';

function status(first: string, last: string, today: string): PeriodStatus {
  if (last < today) return 'complete';
  return first > today ? 'future' : 'partial';
}

function heading(label: string, periodStatus: PeriodStatus, today: string): string {
  if (periodStatus === 'partial') return `${label} (to ${dayMonthLabel(today)})`;
  return periodStatus === 'future' ? `${label} (not yet begun)` : label;
}

/** Where quarter `'2026-Q4'` stands on `today` (YYYY-MM-DD). */
export function quarterStatus(quarter: string, today: string): PeriodStatus {
  return status(firstDayOfQuarter(quarter), lastDayOfQuarter(quarter), today);
}

/** Whether the quarter contains `today`, so it is not yet over. */
export const isPartialQuarter = (quarter: string, today: string) => quarterStatus(quarter, today) === 'partial';

/** Whether the quarter begins after `today`. */
export const isFutureQuarter = (quarter: string, today: string) => quarterStatus(quarter, today) === 'future';

/** `'2026 Q3'`, `'2026 Q4 (to 27 Nov)'` while under way, `'2027 Q1 (not yet begun)'`. */
export function quarterHeading(quarter: string, today: string): string {
  return heading(quarterLabel(quarter), quarterStatus(quarter, today), today);
}

/** Where month `'2026-11'` stands on `today`. */
export function monthStatus(month: string, today: string): PeriodStatus {
  return status(`${month}-01`, lastDayOfMonth(month), today);
}

/** Whether the month contains `today`, so it is not yet over. */
export const isPartialMonth = (month: string, today: string) => monthStatus(month, today) === 'partial';

/** `'Oct 2026'`, `'Nov 2026 (to 27 Nov)'` while under way, `'Dec 2026 (not yet begun)'`. */
export function monthHeading(month: string, today: string): string {
  return heading(monthLabel(month), monthStatus(month, today), today);
}
