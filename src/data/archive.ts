/**
 * The archive as pages see it: every postmortem in the build's audience with
 * its derived figures, newest first, and the taxonomies by id.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import config from 'virtual:hindsight/config';
import {
  incidentDurations,
  incidentMilestones,
  type IncidentDurations,
  type IncidentMilestones,
} from '../lib/durations.ts';
import { lastCommitDates } from '../lib/git-history.ts';
import { relationIndex } from '../lib/related.ts';
import { editUrl, postmortemPath, withBase } from '../lib/urls.ts';

export interface Incident {
  id: string;
  entry: CollectionEntry<'postmortems'>;
  data: CollectionEntry<'postmortems'>['data'];
  milestones: IncidentMilestones;
  durations: IncidentDurations;
  /** Page URL including the base path. */
  url: string;
  /** Path of the source file relative to the project root. */
  filePath: string;
  /** ISO date of the last commit that touched the file, when in a git checkout. */
  lastUpdated?: string;
  editUrl?: string;
}

export interface Archive {
  incidents: Incident[];
  byId: Map<string, Incident>;
  /** id -> postmortems linked to it in either direction, newest first. */
  related: Map<string, Incident[]>;
  /** root-cause category -> its postmortems, newest first. */
  byRootCause: Map<string, Incident[]>;
  services: Map<string, CollectionEntry<'services'>['data']>;
  teams: Map<string, CollectionEntry<'teams'>['data']>;
  rootCauses: Map<string, CollectionEntry<'rootCauses'>['data']>;
}

async function buildArchive(): Promise<Archive> {
  const [entries, services, teams, rootCauses] = await Promise.all([
    getCollection('postmortems'),
    getCollection('services'),
    getCollection('teams'),
    getCollection('rootCauses'),
  ]);
  const commitDates = lastCommitDates(process.cwd(), `${config.contentDir}/postmortems`);
  const incidents = entries
    .map((entry): Incident => {
      const filePath = `${config.contentDir}/postmortems/${entry.id}.mdx`;
      return {
        id: entry.id,
        entry,
        data: entry.data,
        milestones: incidentMilestones(entry.data.timeline),
        durations: incidentDurations(entry.data.timeline),
        url: withBase(import.meta.env.BASE_URL, postmortemPath(entry.id)),
        filePath,
        lastUpdated: commitDates.get(filePath),
        editUrl: config.repositoryUrl ? editUrl(config.repositoryUrl, config.repositoryBranch, filePath) : undefined,
      };
    })
    .sort((a, b) => b.milestones.started.getTime() - a.milestones.started.getTime() || a.id.localeCompare(b.id));
  const byId = <T extends { id: string }>(items: { data: T }[]) =>
    new Map(items.map((item) => [item.data.id, item.data]));
  const relations = relationIndex(
    incidents.map((incident) => ({
      id: incident.id,
      related: incident.data.related,
      rootCauseCategory: incident.data.rootCause.category,
      startedAt: incident.milestones.started,
      incident,
    })),
  );
  const unwrap = (map: Map<string, { incident: Incident }[]>) =>
    new Map([...map].map(([key, list]) => [key, list.map((entry) => entry.incident)]));
  return {
    incidents,
    byId: new Map(incidents.map((incident) => [incident.id, incident])),
    related: unwrap(relations.related),
    byRootCause: unwrap(relations.byCategory),
    services: byId(services),
    teams: byId(teams),
    rootCauses: byId(rootCauses),
  };
}

let cached: Promise<Archive> | undefined;

/** Loaded once per build and shared by every page. */
export function loadArchive(): Promise<Archive> {
  // In dev, files change between requests: read them afresh each time.
  if (config.isDev) return buildArchive();
  cached ??= buildArchive();
  return cached;
}

/** Page URL of any path below the base. */
export function pageUrl(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
