/**
 * The line of a field in block-style YAML, found from the text alone. Most
 * problems the check reports point at a field of a file that parsed; finding
 * its line this way is many times cheaper than building the yaml library's
 * positioned document. Anything this does not recognise (flow style `[…]` or
 * `{…}`, quoted or complex keys) returns undefined, and the caller falls back
 * to the positioned document, so it is never wrong, only sometimes not used.
 */
import type { FieldPath } from './problem.ts';

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => line.trim() !== '' && !line.trimStart().startsWith('#');
const PLAIN_KEY = /^[A-Za-z_][\w-]*$/;

/** 1-based line (within `text`) of the value at `path`, or undefined when the text is not plain block style there. */
export function blockLineOf(text: string, path: FieldPath): number | undefined {
  // A sequence item's line is read as if its dash were a space: `- due: x` holds the key `due` at the item's indent + 2.
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  let start = 0;
  let end = lines.length;
  let found: number | undefined;
  for (const segment of path) {
    const first = lines.slice(start, end).findIndex(isContent);
    if (first === -1) return undefined;
    const depth = indentOf(lines[start + first]!);
    if (typeof segment === 'string') {
      if (!PLAIN_KEY.test(segment)) return undefined;
      let at = -1;
      for (let index = start + first; index < end; index++) {
        const line = lines[index]!;
        if (!isContent(line) || indentOf(line) !== depth) continue;
        if (line.trimStart().startsWith(`${segment}:`)) {
          at = index;
          break;
        }
      }
      if (at === -1) return undefined;
      const rest = lines[at]!.trimStart()
        .slice(segment.length + 1)
        .trim();
      if (rest.startsWith('[') || rest.startsWith('{') || rest.startsWith('&') || rest.startsWith('*'))
        return undefined;
      found = at;
      start = at + 1;
      // A block under the key is indented deeper, or (for a sequence) starts with "- " at the key's own indent.
      let next = start;
      while (next < end) {
        const line = lines[next]!;
        if (isContent(line)) {
          const deeper = indentOf(line) > depth;
          const sameIndentItem = indentOf(line) === depth && /^-(\s|$)/.test(line.trimStart());
          if (!deeper && !sameIndentItem) break;
        }
        next++;
      }
      end = next;
    } else if (typeof segment === 'number') {
      const items: number[] = [];
      for (let index = start + first; index < end; index++) {
        const line = lines[index]!;
        if (isContent(line) && indentOf(line) === depth && /^-(\s|$)/.test(line.trimStart())) items.push(index);
        else if (isContent(line) && indentOf(line) <= depth) return undefined;
      }
      const at = items[segment];
      if (at === undefined) return undefined;
      found = at;
      // The item's own line continues its block: read its dash as a space.
      lines[at] = lines[at]!.replace(/-(\s|$)/, ' $1');
      start = at;
      end = items[segment + 1] ?? end;
    } else return undefined;
  }
  return found === undefined ? undefined : found + 1;
}
