import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { FieldPath } from './problem.ts';

export interface YamlDocument {
  /** The parsed value; timestamps stay strings (YAML 1.2 core schema), so offsets survive. */
  value: unknown;
  errors: { message: string; line: number }[];
  /** 1-based line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: FieldPath): number | undefined;
}

/** Parses YAML text that starts at `firstLine` of its file. */
export function parseYaml(text: string, firstLine = 1): YamlDocument {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const errors = document.errors.map((error) => ({
    message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
    line: toFileLine(error.pos[0]),
  }));

  return {
    value: errors.length > 0 ? undefined : document.toJS(),
    errors,
    lineOf(path) {
      let node: unknown = document.contents;
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
  };
}
