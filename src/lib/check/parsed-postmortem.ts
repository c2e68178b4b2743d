import type { Root } from 'mdast';
import type { Postmortem } from '../../schema/postmortem.ts';
import type { SplitFile } from './front-matter.ts';
import type { FieldPath, Problem } from './problem.ts';
import type { YamlDocument } from './yaml-document.ts';

/** One postmortem file as the check read it, while its own rules run. */
export interface ParsedPostmortem {
  id: string;
  file: string;
  /** The validated front matter, when it passed the schema. */
  data?: Postmortem;
  /** The raw front matter, for cross-file rules that still apply when the schema failed. */
  raw?: Record<string, unknown>;
  /** Line of a field path in the file, for reporting. */
  lineOf: (path: FieldPath) => number | undefined;
  problems: Problem[];
  /** What later rules (warnings, placeholders) read, so nothing is parsed twice. */
  parsed?: {
    split: SplitFile;
    yaml: YamlDocument;
    /** The body's syntax tree, when the MDX parsed. */
    bodyTree?: Root;
  };
}
