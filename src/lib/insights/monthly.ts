/** Incidents per calendar month by severity, up to the month the archive is built in. */
import { type Severity, SEVERITIES } from '../../schema/vocabulary.ts';
import { monthOf, monthRange } from '../time/calendar.ts';
import type { InsightIncident } from './types.ts';

export interface MonthSeverity {
  /** YYYY-MM. */
  month: string;
  total: number;
  counts: Record<Severity, number>;
}

/**
 * Every month from the first incident's to the build date's (or the last
 * incident's, if later), empty months included, so a quiet spell shows as one.
 */
export function severityByMonth(
  incidents: readonly Pick<InsightIncident, 'date' | 'severity'>[],
  today: string,
): MonthSeverity[] {
  if (incidents.length === 0) return [];
  const months = incidents.map((incident) => monthOf(incident.date)).sort();
  const last = [months.at(-1)!, monthOf(today)].sort().at(-1)!;
  const rows = new Map(
    monthRange(months[0]!, last).map((month) => [
      month,
      {
        month,
        total: 0,
        counts: Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>,
      },
    ]),
  );
  for (const incident of incidents) {
    const row = rows.get(monthOf(incident.date))!;
    row.total += 1;
    row.counts[incident.severity] += 1;
  }
  return [...rows.values()];
}
