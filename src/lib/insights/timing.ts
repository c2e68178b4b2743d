/** Time to detect, time to mitigate and impact duration across incidents, in minutes. */
import { byQuarter, dayNumber, monthOf, monthRange } from '../time/calendar.ts';
import { distribution, median, type Distribution } from './percentiles.ts';
import { minutes, type InsightIncident } from './types.ts';

type Timed = Pick<InsightIncident, 'date' | 'startedAt' | 'timeToDetect' | 'timeToMitigate' | 'impactDuration'>;

export interface TimingSummary {
  count: number;
  timeToDetect: Distribution;
  timeToMitigate: Distribution;
  impactDuration: Distribution;
}

/** Median, p90 and range of TTD, TTM and impact duration, in minutes. */
export function timingSummary(incidents: readonly Timed[]): TimingSummary {
  return {
    count: incidents.length,
    timeToDetect: distribution(incidents.map((incident) => minutes(incident.timeToDetect))),
    timeToMitigate: distribution(incidents.map((incident) => minutes(incident.timeToMitigate))),
    impactDuration: distribution(incidents.map((incident) => minutes(incident.impactDuration))),
  };
}

export interface QuarterTiming extends TimingSummary {
  quarter: string;
}

/** TTD, TTM and impact distributions per quarter of the start date, empty quarters included. */
export function timingByQuarter(incidents: readonly Timed[]): QuarterTiming[] {
  return byQuarter(incidents, (incident) => incident.date).map(({ quarter, items }) => ({
    quarter,
    ...timingSummary(items),
  }));
}

/**
 * How many months a rolling median looks back over, the month itself included.
 * Six, not three: a median needs MIN_SAMPLE.median incidents, and an archive
 * of about one incident a month (the example archive publishes 25 over 22
 * months) holds three or four in a quarter, so a 3-month line would never be
 * drawn; six months hold five to eight, and the line runs from the fourth month.
 */
export const DEFAULT_ROLLING_MONTHS = 6;

export interface RollingMedian {
  month: string;
  /** Incidents that started in this month. */
  count: number;
  /** Incidents in the window that ends with this month. */
  windowCount: number;
  /** Median minutes over the window; undefined when it holds fewer than MIN_SAMPLE.median incidents (a gap in the line). */
  timeToDetect?: number;
  timeToMitigate?: number;
}

/**
 * For each month from the first incident to the last, the median TTD and TTM
 * of the incidents started in that month and the `windowMonths - 1` before it.
 */
export function rollingMedians(incidents: readonly Timed[], windowMonths = DEFAULT_ROLLING_MONTHS): RollingMedian[] {
  if (!Number.isInteger(windowMonths) || windowMonths < 1) {
    throw new RangeError(`the rolling window must be a whole number of months (1 or more), got ${windowMonths}`);
  }
  if (incidents.length === 0) return [];
  const months = monthRange(
    monthOf(incidents.reduce((a, b) => (a.date <= b.date ? a : b)).date),
    monthOf(incidents.reduce((a, b) => (a.date >= b.date ? a : b)).date),
  );
  const byMonth = new Map(months.map((month) => [month, [] as Timed[]]));
  for (const incident of incidents) byMonth.get(monthOf(incident.date))!.push(incident);
  return months.map((month, index) => {
    const inWindow = months.slice(Math.max(0, index - windowMonths + 1), index + 1).flatMap((m) => byMonth.get(m)!);
    return {
      month,
      count: byMonth.get(month)!.length,
      windowCount: inWindow.length,
      timeToDetect: median(inWindow.map((incident) => minutes(incident.timeToDetect))),
      timeToMitigate: median(inWindow.map((incident) => minutes(incident.timeToMitigate))),
    };
  });
}

export interface DurationPoints {
  /** Day number (days since 1970-01-01) of each incident's start date, oldest first. */
  days: number[];
  /** Minutes, in the same order. */
  timeToDetect: number[];
  timeToMitigate: number[];
}

/** One point per incident for the scatter chart, as parallel arrays (compact in the page). */
export function durationPoints(incidents: readonly Timed[]): DurationPoints {
  const sorted = [...incidents].sort((a, b) => a.startedAt - b.startedAt);
  return {
    days: sorted.map((incident) => dayNumber(incident.date)),
    timeToDetect: sorted.map((incident) => minutes(incident.timeToDetect)),
    timeToMitigate: sorted.map((incident) => minutes(incident.timeToMitigate)),
  };
}

export interface HistogramBin {
  /** Inclusive lower bound, minutes. */
  from: number;
  /** Exclusive upper bound, minutes; undefined for the open last bin. */
  to?: number;
  label: string;
  count: number;
}

/**
 * Fixed bins that widen as durations grow, since impact durations are skewed:
 * the same bins at every scope, so histograms compare.
 */
export const IMPACT_BINS: readonly Omit<HistogramBin, 'count'>[] = [
  { from: 0, to: 5, label: 'under 5 min' },
  { from: 5, to: 15, label: '5–15 min' },
  { from: 15, to: 30, label: '15–30 min' },
  { from: 30, to: 60, label: '30–60 min' },
  { from: 60, to: 120, label: '1–2 h' },
  { from: 120, to: 240, label: '2–4 h' },
  { from: 240, to: 480, label: '4–8 h' },
  { from: 480, to: 1440, label: '8–24 h' },
  { from: 1440, label: '1 day or more' },
];

/** How many incidents fall in each impact-duration bin. */
export function impactHistogram(incidents: readonly Pick<InsightIncident, 'impactDuration'>[]): HistogramBin[] {
  const bins = IMPACT_BINS.map((bin) => ({ ...bin, count: 0 }));
  for (const incident of incidents) {
    const value = minutes(incident.impactDuration);
    const bin = bins.find(
      (candidate) => value >= candidate.from && (candidate.to === undefined || value < candidate.to),
    );
    bin!.count += 1;
  }
  return bins;
}
