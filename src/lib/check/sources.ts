/** What the check engine reads: file paths and their text, nothing else. */
export interface SourceFile {
  /** Path relative to the project root, as messages show it. */
  path: string;
  text: string;
}

/** A file the archive refuses to read at all (a link, not a file, not UTF-8), and why. */
export interface RefusedFile {
  path: string;
  reason: string;
}

export interface ArchiveSources {
  postmortems: SourceFile[];
  /** Missing taxonomy files are reported, so they are optional here. */
  services?: SourceFile;
  teams?: SourceFile;
  rootCauses?: SourceFile;
  /** content/tracker-state.json, written by `npm run sync`; absent until the first sync. */
  trackerState?: SourceFile;
  /** Taxonomy paths, for the message when one is missing. */
  taxonomyPaths: { services: string; teams: string; rootCauses: string };
  /** Files in the postmortems folder that the archive would not load (e.g. `.md`, nested). */
  strayFiles: string[];
  /** Files that look like content but are not regular UTF-8 files. */
  refusedFiles?: RefusedFile[];
  /** Names of the regular files in the postmortems' images folder; undefined when not read. */
  images?: ReadonlySet<string>;
}
