/**
 * The one incident model. Each incident's facts are derived here, once, from
 * its validated front matter; every page, chart, export, feed, preview card
 * and search record reads this shape or a projection defined beside it in
 * src/lib/incident/.
 */
import type { Postmortem } from '../../schema/postmortem.ts';
import { isUnfinished } from '../action-items.ts';
import {
  incidentDurations,
  incidentMilestones,
  misleadingLeads,
  type IncidentDurations,
  type IncidentMilestones,
  type MisleadingLeads,
} from './milestones.ts';
import { calendarDateIn, wallClockIn } from '../time/format.ts';
import { editUrl, postmortemPath, withBase } from '../urls.ts';

/** What follows from one postmortem's front matter alone. */
export interface IncidentFacts {
  /** The validated front matter. */
  data: Postmortem;
  /** started, detected, mitigated and (when known) resolved, as instants. */
  milestones: IncidentMilestones;
  /** TTD, TTM, impact and time to resolve, in milliseconds. */
  durations: IncidentDurations;
  /** Milliseconds since the epoch at the start: sorts and time windows use it. */
  startedAt: number;
  /** The start date, YYYY-MM-DD, in the incident's own zone: calendars, months and quarters use it. */
  date: string;
  /** Hour (0-23) and ISO weekday (1 = Monday) of the start on the incident's own wall clock. */
  startClock: { hour: number; weekday: number };
  /** Misleading leads on the timeline and the time they took. */
  misleading: MisleadingLeads;
  /** Action items still open or in progress. */
  unfinishedActionItems: number;
}

/** An incident in its archive: its facts, and what its taxonomies and the site add. */
export interface Incident extends IncidentFacts {
  /** The file name without .mdx; also the page's slug. */
  id: string;
  /** The teams it names plus the owners of the services it hit. */
  teams: string[];
  /** Page URL, base path included. */
  url: string;
  /** The source file, relative to the project root. */
  filePath: string;
  /** ISO date of the last commit that touched the file, in a git checkout. */
  lastUpdated?: string;
  /** The repository's edit page for the file, when a repository URL is configured. */
  editUrl?: string;
}

/** What deriving an incident needs besides its own file. */
export interface IncidentContext {
  /** The site's base path, e.g. "/" or "/postmortems/". */
  base: string;
  /** Service id -> owning team id, from the services taxonomy. */
  serviceTeams: ReadonlyMap<string, string | undefined>;
  /** Folder holding postmortems/, relative to the project root. */
  contentDir: string;
  /** Source path -> ISO date of its last commit. */
  commitDates?: ReadonlyMap<string, string>;
  repository?: { url: string; branch: string };
}

export function incidentFacts(data: Postmortem): IncidentFacts {
  const milestones = incidentMilestones(data.timeline);
  return {
    data,
    milestones,
    durations: incidentDurations(data.timeline),
    startedAt: milestones.started.getTime(),
    date: calendarDateIn(milestones.started, data.timezone),
    startClock: wallClockIn(milestones.started, data.timezone),
    misleading: misleadingLeads(data.timeline),
    unfinishedActionItems: data.actionItems.filter(isUnfinished).length,
  };
}

export function deriveIncident(id: string, data: Postmortem, context: IncidentContext): Incident {
  const filePath = `${context.contentDir}/postmortems/${id}.mdx`;
  return {
    ...incidentFacts(data),
    id,
    teams: incidentTeams(data, context.serviceTeams),
    url: withBase(context.base, postmortemPath(id)),
    filePath,
    lastUpdated: context.commitDates?.get(filePath),
    editUrl: context.repository ? editUrl(context.repository.url, context.repository.branch, filePath) : undefined,
  };
}

/** Newest first; ties by id, so every list has one order. */
export function newestFirst(a: Pick<Incident, 'id' | 'startedAt'>, b: Pick<Incident, 'id' | 'startedAt'>): number {
  return b.startedAt - a.startedAt || a.id.localeCompare(b.id);
}

/**
 * The teams an incident counts for: the teams it names, and the owners of the
 * services it hit, once each. Every listing, facet and chart uses this one rule.
 */
export function incidentTeams(
  data: { teams?: readonly string[]; services: readonly string[] },
  serviceTeams: ReadonlyMap<string, string | undefined>,
): string[] {
  const owners = data.services.map((service) => serviceTeams.get(service)).filter((team) => team !== undefined);
  return [...new Set([...(data.teams ?? []), ...owners])];
}
