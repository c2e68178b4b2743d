import { postmortemSchema, type Postmortem } from '../../schema/postmortem.ts';
import { KEBAB_ID } from '../../schema/fields.ts';
import { analyseBody } from './body-rules.ts';
import { splitFrontMatter, type SplitFile } from './front-matter.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import type { SourceFile } from './sources.ts';
import { parseYaml, type YamlDocument } from './yaml-document.ts';
import { placeholderProblems } from './placeholder-rules.ts';
import { warningProblems } from './warning-rules.ts';
import type { ParsedPostmortem } from './parsed-postmortem.ts';

/**
 * The verdict on one postmortem file: plain data (it crosses worker threads),
 * with everything its own rules found.
 */
export interface CheckedPostmortem {
  id: string;
  file: string;
  data?: Postmortem;
  raw?: Record<string, unknown>;
  /** Where the front matter and body are, when the file could be split. */
  split?: SplitFile;
  /** Errors of the file's own rules, placeholders in a finished postmortem included. */
  problems: Problem[];
  /** Warnings of the file's own rules. */
  warnings: Problem[];
}

/** `content/postmortems/2025-01-02-x.mdx` -> `2025-01-02-x`. */
export function postmortemId(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.mdx$/, '');
}

export interface PostmortemFileContext {
  /** Whether `images/<name>` is a regular file beside the postmortems. */
  imageExists?: (name: string) => boolean;
  /** YYYY-MM-DD that open action items are judged overdue against; without it that warning is off. */
  today?: string;
}

/** Every rule that concerns one postmortem file on its own: errors, placeholders and warnings. */
export function checkPostmortemFile(source: SourceFile, context: PostmortemFileContext = {}): CheckedPostmortem {
  const parsed = parsePostmortemFile(source, context);
  return {
    id: parsed.id,
    file: parsed.file,
    data: parsed.data,
    raw: parsed.raw,
    split: parsed.parsed?.split,
    problems: [...parsed.problems, ...placeholderProblems(parsed)],
    warnings: warningProblems(parsed, { today: context.today }),
  };
}

const yamlOfVerdict = new WeakMap<CheckedPostmortem, YamlDocument>();

/** Line of a field path in a checked file, for problems found later (cross-file rules); read again only when asked. */
export function lineOfField(postmortem: CheckedPostmortem, path: FieldPath): number | undefined {
  const { split } = postmortem;
  if (!split) return undefined;
  let yaml = yamlOfVerdict.get(postmortem);
  if (!yaml) {
    yaml = parseYaml(split.yaml, split.yamlLine);
    yamlOfVerdict.set(postmortem, yaml);
  }
  return yaml.lineOf(path);
}

function parsePostmortemFile(source: SourceFile, context: PostmortemFileContext): ParsedPostmortem {
  const id = postmortemId(source.path);
  const problems: Problem[] = [];
  const report = (field: string, message: string, line?: number) =>
    problems.push({ file: source.path, field, message, severity: 'error', line });
  const result: ParsedPostmortem = { id, file: source.path, lineOf: () => undefined, problems };

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
