/** The taxonomies as `new` and `import` need them: ids, names and owning teams, read leniently. */
import type { ArchiveSources, SourceFile } from '../check/sources.ts';
import { parseYaml } from '../check/yaml-document.ts';
import type { Taxonomies, TaxonomyEntry } from './answers.ts';

function entriesOf(file: SourceFile | undefined): TaxonomyEntry[] {
  if (!file) return [];
  const value = parseYaml(file.text).value;
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    const entry = item as { id?: unknown; name?: unknown; team?: unknown } | null;
    if (typeof entry?.id !== 'string') return [];
    return [
      {
        id: entry.id,
        name: typeof entry.name === 'string' ? entry.name : undefined,
        team: typeof entry.team === 'string' ? entry.team : undefined,
      },
    ];
  });
}

/** Entries with a string id; the check reports anything else about these files. */
export function taxonomiesFromSources(sources: ArchiveSources): Taxonomies {
  return {
    services: entriesOf(sources.services),
    teams: entriesOf(sources.teams),
    rootCauses: entriesOf(sources.rootCauses),
  };
}
