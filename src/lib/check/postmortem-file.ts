import { postmortemSchema, type Postmortem } from '../../schema/postmortem.ts';
import { KEBAB_ID } from '../../schema/fields.ts';
import type { Root } from 'mdast';
import { analyseBody } from './body-rules.ts';
import { splitFrontMatter, type SplitFile } from './front-matter.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import type { SourceFile } from './sources.ts';
import { parseYaml, type YamlDocument } from './yaml-document.ts';

export interface CheckedPostmortem {
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

/** `content/postmortems/2025-01-02-x.mdx` -> `2025-01-02-x`. */
export function postmortemId(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.mdx$/, '');
}

export interface PostmortemFileContext {
  /** Whether `images/<name>` is a regular file beside the postmortems. */
  imageExists?: (name: string) => boolean;
}

/** Every rule that concerns one postmortem file on its own. */
export function checkPostmortemFile(source: SourceFile, context: PostmortemFileContext = {}): CheckedPostmortem {
  const id = postmortemId(source.path);
  const problems: Problem[] = [];
  const report = (field: string, message: string, line?: number) =>
    problems.push({ file: source.path, field, message, severity: 'error', line });
  const result: CheckedPostmortem = { id, file: source.path, lineOf: () => undefined, problems };

  if (!KEBAB_ID.test(id)) {
    report(
      'file name',
      `"${id}" must be lowercase letters and digits joined by hyphens (conventionally YYYY-MM-DD-short-slug), since it becomes the URL /postmortems/<id>/`,
      1,
    );
  }

  const splitResult = splitFrontMatter(source.text);
  if (!splitResult.ok) {
    report('front matter', splitResult.message, splitResult.line);
    return result;
  }
  const split = splitResult.split;

  const yaml = parseYaml(split.yaml, split.yamlLine);
  result.lineOf = yaml.lineOf;
  result.parsed = { split, yaml };
  for (const error of yaml.errors) report('front matter', `is not valid YAML: ${error.message}`, error.line);
  if (yaml.errors.length === 0) {
    if (yaml.value === null || typeof yaml.value !== 'object' || Array.isArray(yaml.value)) {
      report('front matter', 'must be a mapping of fields (title: …, summary: …)', split.yamlLine);
    } else {
      result.raw = yaml.value as Record<string, unknown>;
      const parsed = postmortemSchema.safeParse(yaml.value);
      if (parsed.success) {
        result.data = parsed.data;
      } else {
        for (const problem of schemaProblems(postmortemSchema, yaml.value, parsed.error.issues)) {
          report(formatFieldPath(problem.path), problem.message, yaml.lineOf(problem.path));
        }
      }
    }
  }

  const body = analyseBody(split, context);
  result.parsed.bodyTree = body.tree;
  for (const problem of body.problems) report('body', problem.message, problem.line);
  return result;
}
