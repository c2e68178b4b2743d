/** Incidents for the insights tests, built from a few fields with the rest defaulted. */
import type { InsightActionItem, InsightIncident } from '../../../../src/lib/insights/types.ts';

const MINUTE = 60_000;

export interface IncidentSketch extends Partial<Omit<InsightIncident, 'timeToDetect' | 'timeToMitigate'>> {
  id: string;
  date: string;
  /** Minutes. */
  ttd?: number;
  /** Minutes. */
  ttm?: number;
}

/** An incident that started at noon UTC on `date`; durations are given in minutes. */
export function incident({ id, date, ttd = 10, ttm = 20, ...rest }: IncidentSketch): InsightIncident {
  return {
    id,
    title: `Title of ${id}`,
    url: `/postmortems/${id}/`,
    startedAt: Date.parse(`${date}T12:00:00Z`),
    date,
    severity: 'SEV3',
    detectedBy: 'monitoring',
    services: ['checkout'],
    teams: ['payments'],
    rootCause: 'software-bug',
    contributingFactors: [],
    timeToDetect: ttd * MINUTE,
    timeToMitigate: ttm * MINUTE,
    impactDuration: (ttd + ttm) * MINUTE,
    startHour: 12,
    startWeekday: ((new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7) + 1,
    misleadingLeads: 0,
    misleadingTime: 0,
    usersAffectedPercent: 10,
    actionItems: [],
    ...rest,
  };
}

export function actionItem(
  item: Partial<InsightActionItem> & Pick<InsightActionItem, 'due' | 'status'>,
): InsightActionItem {
  return { title: `Fix it by ${item.due}`, owner: 'priya', type: 'prevent', ...item };
}
