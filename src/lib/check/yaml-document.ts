import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { blockLineOf } from './yaml-lines.ts';
import type { FieldPath } from './problem.ts';

export interface YamlDocument {
  /** The parsed value; timestamps stay strings (YAML 1.2 core schema), so offsets survive. */
  value: unknown;
  errors: { message: string; line: number }[];
  /** 1-based line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: FieldPath): number | undefined;
  /** The deepest field path whose key or value (with its trailing comment) covers a 1-based line. */
  fieldAtLine(line: number): (string | number)[];
}

/** Front matter and taxonomies are small; anything larger is refused before it is parsed. */
export const MAX_YAML_BYTES = 256 * 1024;
/** Values a document may hold once its aliases are expanded: far above any real front matter, far below a "billion laughs". */
export const MAX_YAML_VALUES = 20_000;

/** One message line of the yaml library's error, without its position (the check adds its own). */
function shortMessage(message: string): string {
  const line = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const tag = /^Unresolved tag: (?:tag:yaml\.org,2002:)?(.*)$/.exec(line)?.[1];
  if (tag === undefined) return line;
  const shown = line.includes('tag:yaml.org,2002:') ? `!!${tag}` : tag;
  return `uses the tag ${shown}, which the archive does not read (YAML 1.2 core only); remove the tag and write a plain value`;
}

/** True when walking the value, aliases expanded, meets more than `limit` values. */
function expandsBeyond(value: unknown, limit: number): boolean {
  let seen = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (++seen > limit) return true;
    if (next !== null && typeof next === 'object') stack.push(...Object.values(next));
  }
  return false;
}

const YAML_OPTIONS = {
  uniqueKeys: true,
  prettyErrors: false,
  version: '1.2',
  schema: 'core',
  merge: false,
  // !!binary, !!timestamp and friends are not core YAML: unresolved, so reported.
  resolveKnownTags: false,
} as const;

/**
 * Parses YAML text that starts at `firstLine` of its file, the one way the
 * archive reads YAML, for the check and (through the content loaders) the
 * build: YAML 1.2 core schema (no timestamps, no merge keys, no
 * language-specific tags; an unknown tag is an error), unique keys, bounded
 * size and aliases. js-yaml reads the value, being many times faster; the
 * yaml library, which keeps positions, is consulted only to place a field on
 * a line or to word a syntax error.
 */
export function parseYaml(text: string, firstLine = 1): YamlDocument {
  if (text.length > MAX_YAML_BYTES) {
    return {
      value: undefined,
      errors: [{ message: `is larger than ${MAX_YAML_BYTES / 1024} KiB; keep the YAML to the facts`, line: firstLine }],
      lineOf: () => firstLine,
      fieldAtLine: () => [],
    };
  }
  const lineCounter = new LineCounter();
  let positioned: Document.Parsed | undefined;
  const document = () => (positioned ??= parseDocument(text, { lineCounter, ...YAML_OPTIONS }));
  const toFileLine = (offset: number) => {
    document();
    return lineCounter.linePos(offset).line + firstLine - 1;
  };

  let value: unknown;
  const errors: { message: string; line: number }[] = [];
  try {
    value = load(text, { schema: CORE_SCHEMA, json: false });
    if (expandsBeyond(value, MAX_YAML_VALUES)) {
      value = undefined;
      errors.push({
        message: `expands to more than ${MAX_YAML_VALUES} values through its aliases (*name); write the values out`,
        line: firstLine,
      });
    }
  } catch (error) {
    value = undefined;
    const worded = [...document().errors, ...document().warnings].map((problem) => ({
      message: shortMessage(problem.message),
      line: toFileLine(problem.pos[0]),
    }));
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message ?? String(error);
    errors.push(...(worded.length > 0 ? worded : [{ message: reason, line: (mark?.line ?? 0) + firstLine }]));
  }

  return {
    value,
    errors,
    lineOf(path) {
      const fromText = value !== undefined ? blockLineOf(text, path) : undefined;
      if (fromText !== undefined) return fromText + firstLine - 1;
      let node: unknown = document().contents;
      let line = node && (node as Node).range ? toFileLine((node as Node).range![0]) : undefined;
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((item) => (item.key as { value?: unknown })?.value === segment);
          if (!pair) break;
          const key = pair.key as Node;
          if (key?.range) line = toFileLine(key.range[0]);
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          node = node.items[segment];
          if (!node) break;
          if ((node as Node).range) line = toFileLine((node as Node).range![0]);
        } else break;
      }
      return line;
    },
    fieldAtLine(line) {
      const path: (string | number)[] = [];
      // A node's range ends after its line break; its last character is on the line before.
      const covers = (start: number | undefined, node: unknown) => {
        const end = (node as Node | null)?.range?.[2];
        if (start === undefined || end === undefined) return false;
        return toFileLine(start) <= line && line <= toFileLine(Math.max(start, end - 1));
      };
      let node: unknown = document().contents;
      for (;;) {
        // A trailing comment on `[a, b] # …` belongs to the list, not to its last entry.
        if ((isMap(node) || isSeq(node)) && node.flow && path.length > 0) break;
        if (isMap(node)) {
          const pair = node.items.find((item) => covers((item.key as Node | null)?.range?.[0], item.value));
          if (!pair) break;
          path.push(String((pair.key as { value?: unknown }).value));
          node = pair.value;
        } else if (isSeq(node)) {
          const index = node.items.findIndex((item) => covers((item as Node | null)?.range?.[0], item));
          if (index === -1) break;
          path.push(index);
          node = node.items[index];
        } else break;
      }
      return path;
    },
  };
}
