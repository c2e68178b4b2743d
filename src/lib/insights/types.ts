/**
 * What the insights need to know about one incident: a flat, JSON-friendly
 * record, so the same aggregation runs at build time and in the browser.
 */
import type { TaxonomyNames } from '../incident/archive.ts';
import { MINUTE } from '../time/duration.ts';

export type { InsightActionItem, InsightIncident } from '../incident/insight-record.ts';

/** Display names of taxonomy ids; an id without a name is shown as itself. */
export type InsightNames = TaxonomyNames;

/** Milliseconds as minutes, unrounded: the charts and tables work in minutes. */
export function minutes(milliseconds: number): number {
  return milliseconds / MINUTE;
}
