import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ArchiveSources, RefusedFile, SourceFile } from './check/sources.ts';
import { TRACKER_STATE_FILE } from '../schema/tracker-state.ts';
import { notARealFolder, notARegularFile, readContentFile, somethingAt, unusableImage } from './content-file.ts';

/** Where the archive's content lives, relative to the project root. */
export interface ContentLayout {
  root: string;
  contentDir: string;
}

/** The folder beside the postmortems that body images are loaded from. */
export const IMAGES_FOLDER = 'images';

const CONTENT_NAME = /\.(mdx|md|markdown)$/i;

/** Reads every postmortem and taxonomy from disk, in a stable order; links and non-files are refused by name. */
export function readArchiveSources({ root, contentDir }: ContentLayout): ArchiveSources {
  const toPath = (absolute: string) => relative(root, absolute).split('\\').join('/');
  // contentDir may be relative to the project root or absolute.
  const postmortemsDir = resolve(root, contentDir, 'postmortems');
  const imagesDir = join(postmortemsDir, IMAGES_FOLDER);
  const postmortems: SourceFile[] = [];
  const strayFiles: string[] = [];
  const refusedFiles: RefusedFile[] = [];
  const images = new Set<string>();
  const read = (absolute: string): SourceFile | undefined => {
    const result = readContentFile(absolute);
    if (result.ok) return { path: toPath(absolute), text: result.text };
    refusedFiles.push({ path: toPath(absolute), reason: result.reason });
    return undefined;
  };

  // A folder that is a link would bring in files from anywhere: refused, and not read.
  const badFolder = [resolve(root, contentDir), postmortemsDir, imagesDir].find((folder) => notARealFolder(folder));
  if (badFolder) {
    refusedFiles.push({ path: toPath(badFolder), reason: notARealFolder(badFolder)! });
  } else if (existsSync(postmortemsDir)) {
    for (const entry of readdirSync(postmortemsDir, { recursive: true, withFileTypes: true })) {
      const absolute = join(entry.parentPath, entry.name);
      const nested = entry.parentPath !== postmortemsDir;
      if (entry.isSymbolicLink()) {
        refusedFiles.push({ path: toPath(absolute), reason: notARegularFile(absolute)! });
      } else if (!nested && entry.name.endsWith('.mdx')) {
        const source = read(absolute);
        if (source) postmortems.push(source);
      } else if (entry.parentPath === imagesDir && entry.isFile()) {
        const unusable = unusableImage(absolute);
        if (unusable) refusedFiles.push({ path: toPath(absolute), reason: unusable });
        else images.add(entry.name);
      } else if (CONTENT_NAME.test(entry.name)) {
        strayFiles.push(toPath(absolute));
      }
    }
  }
  postmortems.sort((a, b) => a.path.localeCompare(b.path));
  const taxonomyPaths = {
    services: join(contentDir, 'services.yaml'),
    teams: join(contentDir, 'teams.yaml'),
    rootCauses: join(contentDir, 'root-causes.yaml'),
  };
  const readTaxonomy = (path: string) => (somethingAt(resolve(root, path)) ? read(resolve(root, path)) : undefined);
  return {
    postmortems,
    services: readTaxonomy(taxonomyPaths.services),
    teams: readTaxonomy(taxonomyPaths.teams),
    rootCauses: readTaxonomy(taxonomyPaths.rootCauses),
    trackerState: readTaxonomy(join(contentDir, TRACKER_STATE_FILE)),
    taxonomyPaths,
    strayFiles: strayFiles.sort(),
    refusedFiles: refusedFiles.sort((a, b) => a.path.localeCompare(b.path)),
    images,
  };
}
