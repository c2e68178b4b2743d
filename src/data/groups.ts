/** The groups a page can be made for: taxonomy entries, and the tags in use. */
import type { GroupKind } from '../lib/group-summary.ts';
import type { Archive } from './archive.ts';

export interface GroupEntry {
  id: string;
  name: string;
  description?: string;
  /** For a service: the owning team's id. */
  team?: string;
}

export function groupEntries(archive: Archive, kind: GroupKind): GroupEntry[] {
  const fromMap = (map: Map<string, GroupEntry>) =>
    [...map.values()].map(({ id, name, description, team }) => ({ id, name, description, team }));
  switch (kind) {
    case 'services':
      return fromMap(archive.services);
    case 'teams':
      return fromMap(archive.teams);
    case 'root-causes':
      return fromMap(archive.rootCauses);
    case 'tags': {
      const tags = new Set(archive.incidents.flatMap((incident) => incident.data.tags ?? []));
      return [...tags].sort().map((tag) => ({ id: tag, name: tag }));
    }
  }
}
