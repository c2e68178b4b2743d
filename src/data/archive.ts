/**
 * The archive as pages load it: the content collections turned into the one
 * incident model (src/lib/incident/), plus each postmortem's collection entry
 * for rendering its body.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import config from 'virtual:hindsight/config';
import { lastCommitDates } from '../lib/git-history.ts';
import { buildIncidentArchive, type IncidentArchive } from '../lib/incident/archive.ts';
import { withBase } from '../lib/urls.ts';

export interface Archive extends IncidentArchive {
  /** id -> collection entry, for `render()`. */
  entries: Map<string, CollectionEntry<'postmortems'>>;
}

async function buildArchive(): Promise<Archive> {
  const [entries, services, teams, rootCauses] = await Promise.all([
    getCollection('postmortems'),
    getCollection('services'),
    getCollection('teams'),
    getCollection('rootCauses'),
  ]);
  const byId = <T extends { id: string }>(items: { data: T }[]) =>
    new Map(items.map((item) => [item.data.id, item.data]));
  const archive = buildIncidentArchive(
    entries,
    { services: byId(services), teams: byId(teams), rootCauses: byId(rootCauses) },
    {
      base: import.meta.env.BASE_URL,
      contentDir: config.contentDir,
      commitDates: lastCommitDates(process.cwd(), `${config.contentDir}/postmortems`),
      repository: config.repositoryUrl ? { url: config.repositoryUrl, branch: config.repositoryBranch } : undefined,
    },
  );
  return { ...archive, entries: new Map(entries.map((entry) => [entry.id, entry])) };
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
