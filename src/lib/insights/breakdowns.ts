/** Counts of incidents per quarter by severity and by how they were detected, and ranked contributing factors. */
import { type Severity, DETECTION_METHODS, SEVERITIES, type DetectionMethod } from '../../schema/vocabulary.ts';
import { byQuarter } from '../time/calendar.ts';
import { type InsightIncident } from './types.ts';

export interface QuarterSeverity {
  quarter: string;
  total: number;
  counts: Record<Severity, number>;
}

export function severityByQuarter(incidents: readonly Pick<InsightIncident, 'date' | 'severity'>[]): QuarterSeverity[] {
  return byQuarter(incidents, (incident) => incident.date).map(({ quarter, items }) => {
    const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
    for (const item of items) counts[item.severity] += 1;
    return { quarter, total: items.length, counts };
  });
}

export interface QuarterDetection {
  quarter: string;
  total: number;
  counts: Record<DetectionMethod, number>;
  /** Percent of the quarter's incidents first reported by customers; undefined for an empty quarter. */
  customerPercent?: number;
}

export function detectionByQuarter(
  incidents: readonly Pick<InsightIncident, 'date' | 'detectedBy'>[],
): QuarterDetection[] {
  return byQuarter(incidents, (incident) => incident.date).map(({ quarter, items }) => {
    const counts = Object.fromEntries(DETECTION_METHODS.map((method) => [method, 0])) as Record<
      DetectionMethod,
      number
    >;
    for (const item of items) {
      if (item.detectedBy in counts) counts[item.detectedBy as DetectionMethod] += 1;
    }
    return {
      quarter,
      total: items.length,
      counts,
      customerPercent: items.length ? (counts.customer / items.length) * 100 : undefined,
    };
  });
}

/** Percent of incidents first reported by customers, the number to drive down. */
export function customerDetectedPercent(incidents: readonly Pick<InsightIncident, 'detectedBy'>[]): number | undefined {
  if (incidents.length === 0) return undefined;
  return (incidents.filter((incident) => incident.detectedBy === 'customer').length / incidents.length) * 100;
}

export interface RankedCount {
  id: string;
  count: number;
}

/** Contributing factors by how many incidents name them, most first, then by id. */
export function rankContributingFactors(
  incidents: readonly Pick<InsightIncident, 'contributingFactors'>[],
): RankedCount[] {
  const counts = new Map<string, number>();
  for (const incident of incidents) {
    for (const factor of new Set(incident.contributingFactors)) counts.set(factor, (counts.get(factor) ?? 0) + 1);
  }
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}
