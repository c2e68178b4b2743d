/** /reviews/: every quarter with a review, newest first, with its headline figures. */
import type { Incident } from '../incident/incident.ts';
import { isMajor } from '../../schema/vocabulary.ts';
import { quarterReview, reviewPath, reviewQuarters, type QuarterReview } from './quarter-review.ts';

export interface ReviewIndexRow {
  quarter: string;
  /** Below the base. */
  path: string;
  heading: string;
  status: QuarterReview['status'];
  incidents: number;
  /** SEV1 and SEV2. */
  major: number;
  repeats: number;
  actionItems: number;
  overdue: number;
}

/** `today` is the build date: the quarter under way is listed, marked partial. */
export function reviewIndex(incidents: readonly Incident[], today: string): ReviewIndexRow[] {
  return reviewQuarters(incidents, today).map((quarter) => {
    const review = quarterReview(incidents, quarter, today);
    return {
      quarter,
      path: reviewPath(quarter),
      heading: review.heading,
      status: review.status,
      incidents: review.incidents.length,
      major: review.incidents.filter((incident) => isMajor(incident.severity)).length,
      repeats: review.repeats.length,
      actionItems: review.actionItems.opened.total,
      overdue: review.actionItems.overdue.length,
    };
  });
}

/** The neighbouring reviews of a quarter, for "earlier" and "later" links. */
export function reviewNeighbours(
  incidents: readonly Pick<Incident, 'date'>[],
  quarter: string,
  today: string,
): { earlier?: string; later?: string } {
  const quarters = reviewQuarters(incidents, today);
  const index = quarters.indexOf(quarter);
  return {
    ...(index >= 0 && index + 1 < quarters.length ? { earlier: quarters[index + 1] } : {}),
    ...(index > 0 ? { later: quarters[index - 1] } : {}),
  };
}
