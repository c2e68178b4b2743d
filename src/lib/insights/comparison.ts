/** The last 12 months against the 12 before them: are we getting better? */
import { isMajor } from '../../schema/vocabulary.ts';
import { addDays, addMonths } from '../time/calendar.ts';
import { customerDetectedPercent } from './breakdowns.ts';
import type { Repeat } from './recurrence.ts';
import { timingSummary, type TimingSummary } from './timing.ts';
import type { InsightIncident } from './types.ts';

export interface PeriodFigures extends TimingSummary {
  from: string;
  to: string;
  /** Percent first reported by customers; undefined without incidents. */
  customerPercent?: number;
  /** Incidents first reported by customers, the count behind the percent. */
  customerCount: number;
  /** Incidents in the period that repeated an earlier root cause within the recurrence window. */
  repeats: number;
  /** SEV1 and SEV2 incidents. */
  major: number;
}

export interface YearOverYear {
  current: PeriodFigures;
  previous: PeriodFigures;
}

function figures<T extends InsightIncident>(
  incidents: readonly T[],
  repeatIds: ReadonlySet<string>,
  from: string,
  to: string,
): PeriodFigures {
  const inPeriod = incidents.filter((incident) => incident.date >= from && incident.date <= to);
  return {
    from,
    to,
    ...timingSummary(inPeriod),
    customerPercent: customerDetectedPercent(inPeriod),
    customerCount: inPeriod.filter((incident) => incident.detectedBy === 'customer').length,
    repeats: inPeriod.filter((incident) => repeatIds.has(incident.id)).length,
    major: inPeriod.filter((incident) => isMajor(incident.severity)).length,
  };
}

/**
 * The 12 months up to and including `today`, and the 12 months before them.
 * `repeats` are found over all incidents, so a repeat early in a period counts
 * even when the incident it repeats is older than the period.
 */
export function yearOverYear<T extends InsightIncident>(
  incidents: readonly T[],
  repeats: readonly Repeat<T>[],
  today: string,
): YearOverYear {
  const repeatIds = new Set(repeats.map((repeat) => repeat.incident.id));
  const yearAgo = addMonths(today, -12);
  return {
    current: figures(incidents, repeatIds, addDays(yearAgo, 1), today),
    previous: figures(incidents, repeatIds, addDays(addMonths(today, -24), 1), yearAgo),
  };
}
