import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ArchiveSources, SourceFile } from './check/sources.ts';

/** Where the archive's content lives, relative to the project root. */
export interface ContentLayout {
  root: string;
  contentDir: string;
}

function readIfPresent(root: string, path: string): SourceFile | undefined {
  const absolute = resolve(root, path);
  return existsSync(absolute) ? { path, text: readFileSync(absolute, 'utf8') } : undefined;
}

/** Reads every postmortem and taxonomy from disk, in a stable order. */
export function readArchiveSources({ root, contentDir }: ContentLayout): ArchiveSources {
  // contentDir may be relative to the project root or absolute.
  const postmortemsDir = resolve(root, contentDir, 'postmortems');
  const postmortems: SourceFile[] = [];
  const strayFiles: string[] = [];
  if (existsSync(postmortemsDir)) {
    for (const entry of readdirSync(postmortemsDir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const absolute = join(entry.parentPath, entry.name);
      const path = relative(root, absolute).split('\\').join('/');
      const nested = entry.parentPath !== postmortemsDir;
      if (entry.name.endsWith('.mdx') && !nested) {
        postmortems.push({ path, text: readFileSync(absolute, 'utf8') });
      } else if (/\.(mdx|md|markdown)$/i.test(entry.name)) {
        strayFiles.push(path);
      }
    }
  }
  postmortems.sort((a, b) => a.path.localeCompare(b.path));
  const taxonomyPaths = {
    services: join(contentDir, 'services.yaml'),
    teams: join(contentDir, 'teams.yaml'),
    rootCauses: join(contentDir, 'root-causes.yaml'),
  };
  return {
    postmortems,
    services: readIfPresent(root, taxonomyPaths.services),
    teams: readIfPresent(root, taxonomyPaths.teams),
    rootCauses: readIfPresent(root, taxonomyPaths.rootCauses),
    taxonomyPaths,
    strayFiles: strayFiles.sort(),
  };
}
