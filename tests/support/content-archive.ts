/**
 * An archive read from a content folder the way `npm run check` reads it (the
 * check engine, no Astro): the published postmortems and the taxonomies, built
 * into the incident model every page reads.
 */
import { checkArchive } from '../../src/lib/check/index.ts';
import { buildIncidentArchive, type IncidentArchive } from '../../src/lib/incident/archive.ts';
import { readArchiveSources } from '../../src/lib/read-sources.ts';
import { PROJECT_ROOT } from './fixture-build.ts';

export function archiveFromContent(contentDir: string, base = '/'): IncidentArchive {
  const result = checkArchive(readArchiveSources({ root: PROJECT_ROOT, contentDir }));
  if (result.errorCount > 0) throw new Error(`${contentDir} has ${result.errorCount} errors`);
  const byId = <T extends { id: string }>(entries: readonly T[]) => new Map(entries.map((entry) => [entry.id, entry]));
  return buildIncidentArchive(
    result.postmortems
      .filter((postmortem) => postmortem.data?.status === 'published')
      .map((postmortem) => ({ id: postmortem.id, data: postmortem.data! })),
    { services: byId(result.services), teams: byId(result.teams), rootCauses: byId(result.rootCauses) },
    { base, contentDir },
  );
}
