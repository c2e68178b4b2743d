/**
 * The compact JSON file (/insights-data.json) the filter script fetches to
 * recompute the insights for a narrower scope in the browser. It holds only
 * what the aggregation reads. Titles are kept only where a list can show them:
 * incidents in a repeat or with a misleading lead, unfinished action items, and
 * every action item (and its incident) that the earlier-promises list can show
 * (the incidents of a recurring root cause but its latest). A filter only ever
 * removes incidents, so a narrower scope can list no incident or item the full
 * archive does not: an incident that is not the latest of its cause in the
 * archive is not the latest in any scope either.
 */
import { isUnfinished } from '../action-items.ts';
import { postmortemPath, withBase } from '../urls.ts';
import { earlierIncidentIds } from './earlier-promises.ts';
import type { InsightsFigures } from './figures.ts';
import { findRepeats } from './recurrence.ts';
import type { InsightActionItem, InsightIncident, InsightNames } from './types.ts';

export const DATA_FILE_VERSION = 2;

/** status, due, type, owner, closed date ('' when not given), and the title when a list can show it. */
type PackedActionItem = [string, string, string, string, string, string?];

interface PackedIncident {
  id: string;
  title?: string;
  /** Seconds since the epoch. */
  startedAt: number;
  date: string;
  severity: string;
  detectedBy: string;
  services: string[];
  teams: string[];
  rootCause: string;
  factors?: string[];
  /** Seconds. */
  ttd: number;
  ttm: number;
  impact: number;
  ttr?: number;
  /** Start hour and ISO weekday on the incident's own wall clock. */
  clock: [number, number];
  /** Misleading leads and the seconds they took, when there were any. */
  misleading?: [number, number];
  users: number;
  customers?: number;
  revenue?: [number, string];
  actions: PackedActionItem[];
}

export interface InsightsDataFile {
  version: number;
  today: string;
  windowDays: number;
  names: InsightNames;
  incidents: PackedIncident[];
  /** Every figure of the whole archive's insights, as the page shows them; readers of the file need not recompute. */
  figures?: InsightsFigures;
}

export function packInsightsData(
  incidents: readonly InsightIncident[],
  options: { today: string; windowDays: number; names: InsightNames },
): InsightsDataFile {
  const listed = new Set<string>();
  for (const repeat of findRepeats(incidents, options.windowDays)) {
    listed.add(repeat.incident.id).add(repeat.previous.id);
    if (repeat.sameService) listed.add(repeat.sameService.previous.id);
  }
  const promised = earlierIncidentIds(incidents);
  return {
    version: DATA_FILE_VERSION,
    today: options.today,
    windowDays: options.windowDays,
    names: options.names,
    incidents: incidents.map((incident) => {
      const actions = incident.actionItems.map((item): PackedActionItem => {
        const packed: PackedActionItem = [item.status, item.due, item.type, item.owner, item.closed ?? ''];
        if (isUnfinished(item) || promised.has(incident.id)) packed.push(item.title);
        return packed;
      });
      const keepTitle =
        listed.has(incident.id) ||
        promised.has(incident.id) ||
        incident.misleadingLeads > 0 ||
        actions.some((packed) => packed.length > 5);
      return {
        id: incident.id,
        ...(keepTitle ? { title: incident.title } : {}),
        startedAt: incident.startedAt / 1000,
        date: incident.date,
        severity: incident.severity,
        detectedBy: incident.detectedBy,
        services: incident.services,
        teams: incident.teams,
        rootCause: incident.rootCause,
        ...(incident.contributingFactors.length ? { factors: incident.contributingFactors } : {}),
        ttd: incident.timeToDetect / 1000,
        ttm: incident.timeToMitigate / 1000,
        impact: incident.impactDuration / 1000,
        ...(incident.timeToResolve === undefined ? {} : { ttr: incident.timeToResolve / 1000 }),
        clock: [incident.startHour, incident.startWeekday],
        ...(incident.misleadingLeads ? { misleading: [incident.misleadingLeads, incident.misleadingTime / 1000] } : {}),
        users: incident.usersAffectedPercent,
        ...(incident.customersAffected === undefined ? {} : { customers: incident.customersAffected }),
        ...(incident.revenueLoss ? { revenue: [incident.revenueLoss.amount, incident.revenueLoss.currency] } : {}),
        actions,
      };
    }),
  };
}

/** The incidents back from the file; `base` is the site's base path, for their URLs. */
export function unpackInsightsData(file: InsightsDataFile, base: string): InsightIncident[] {
  if (file.version !== DATA_FILE_VERSION) {
    throw new Error(`insights data file has version ${file.version}; this page reads version ${DATA_FILE_VERSION}`);
  }
  return file.incidents.map((packed) => ({
    id: packed.id,
    title: packed.title ?? packed.id,
    url: withBase(base, postmortemPath(packed.id)),
    startedAt: packed.startedAt * 1000,
    date: packed.date,
    severity: packed.severity as InsightIncident['severity'],
    detectedBy: packed.detectedBy,
    services: packed.services,
    teams: packed.teams,
    rootCause: packed.rootCause,
    contributingFactors: packed.factors ?? [],
    timeToDetect: packed.ttd * 1000,
    timeToMitigate: packed.ttm * 1000,
    impactDuration: packed.impact * 1000,
    ...(packed.ttr === undefined ? {} : { timeToResolve: packed.ttr * 1000 }),
    startHour: packed.clock[0],
    startWeekday: packed.clock[1],
    misleadingLeads: packed.misleading?.[0] ?? 0,
    misleadingTime: (packed.misleading?.[1] ?? 0) * 1000,
    usersAffectedPercent: packed.users,
    ...(packed.customers === undefined ? {} : { customersAffected: packed.customers }),
    ...(packed.revenue ? { revenueLoss: { amount: packed.revenue[0], currency: packed.revenue[1] } } : {}),
    actionItems: packed.actions.map(([status, due, type, owner, closed, title]): InsightActionItem => ({
      status: status as InsightActionItem['status'],
      due,
      type: type as InsightActionItem['type'],
      owner,
      title: title ?? '',
      ...(closed ? { closed } : {}),
    })),
  }));
}
