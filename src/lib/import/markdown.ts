/**
 * A Markdown document read as Markdown (mdast with GitHub tables), kept as
 * its source lines with what each line is: a heading, a table row, the first
 * line of a list item, code, HTML. The importer works on lines so that text
 * it does not map can be kept exactly as written, and asks this map what a
 * line is instead of guessing from its characters.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Root } from 'mdast';

/** The plain text of a node, as its reader sees it. */
function toString(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node ? (node.children as Nodes[]).map(toString).join('') : '';
}

export type LineKind = 'blank' | 'text' | 'heading' | 'code' | 'table-row' | 'table-head' | 'html' | 'rule';

export interface LineInfo {
  kind: LineKind;
  /** For a heading: its level (1-6) and its text without markers. */
  depth?: number;
  heading?: string;
  /** For a table row: the plain text of its cells. */
  cells?: string[];
  /** The list item this line belongs to (innermost), as an id shared by its lines. */
  item?: number;
  /** Whether this line starts that list item. */
  itemStart?: boolean;
  /** Whether this line starts a paragraph. */
  paragraphStart?: boolean;
}

export interface MarkdownLines {
  lines: string[];
  info: LineInfo[];
  /** Whether a code fence was left open and closed by the importer. */
  closedFence: boolean;
}

/** The marker of a line that opens a code fence (a backtick fence's info may hold no backtick), or undefined. */
export function fenceOpening(line: string): string | undefined {
  const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
  if (!match || (match[1]![0] === '`' && match[2]!.includes('`'))) return undefined;
  return match[1];
}

/** Whether a line closes a fence opened with `marker`. */
export function fenceCloses(line: string, marker: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
  return Boolean(match && match[1]![0] === marker[0] && match[1]!.length >= marker.length);
}

/**
 * A fence left open swallows the rest of the document. When it does and a
 * heading follows inside it, it is closed before that heading: the author
 * forgot the closing fence, and the sections after it are prose.
 */
function closeOpenFence(lines: string[]): boolean {
  let open: { index: number; marker: string } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (open && fenceCloses(line, open.marker)) {
      open = undefined;
      continue;
    }
    const marker = open ? undefined : fenceOpening(line);
    if (marker) {
      open = { index, marker };
      continue;
    }
    if (open && /^#{1,6}\s+\S/.test(lines[index]!)) {
      let end = index;
      while (end > open.index + 1 && !lines[end - 1]!.trim()) end--;
      lines.splice(end, 0, open.marker);
      return true;
    }
  }
  return false;
}

/** A whole document pasted inside one code fence (as some wikis export prose): the fence is dropped. */
function unwrapWholeDocument(lines: string[]): void {
  const first = lines.findIndex((line) => line.trim());
  let last = lines.length - 1;
  while (last > first && !lines[last]!.trim()) last--;
  const marker = first >= 0 ? fenceOpening(lines[first]!) : undefined;
  if (!marker || lines[first]!.trim() !== marker) return;
  const inner = lines.slice(first + 1, fenceCloses(lines[last]!, marker) ? last : last + 1);
  if (
    inner.some((line) => fenceOpening(line)) ||
    inner.filter((line) => /[a-z]{3,} [a-z]{3,} [a-z]{3,}/i.test(line)).length < 5
  )
    return;
  lines.splice(first, last - first + 1, ...inner);
}

export function readMarkdown(text: string): MarkdownLines {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  unwrapWholeDocument(lines);
  const closedFence = closeOpenFence(lines);
  const tree: Root = fromMarkdown(lines.join('\n'), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const info: LineInfo[] = lines.map((line) => ({ kind: line.trim() ? 'text' : 'blank' }));
  let items = 0;
  const span = (node: Nodes) => [node.position!.start.line - 1, node.position!.end.line - 1] as const;
  const visit = (node: Nodes, item: number | undefined) => {
    if (!node.position) return;
    const [start, end] = span(node);
    switch (node.type) {
      case 'code':
        // Indented "code" in these documents is almost always prose pasted with its indentation;
        // only fenced blocks are code.
        if (!fenceOpening(lines[start]!)) return;
        for (let line = start; line <= end; line++) info[line] = { ...info[line]!, kind: 'code' };
        return;
      case 'html':
        for (let line = start; line <= end; line++) info[line] = { ...info[line]!, kind: 'html' };
        return;
      case 'thematicBreak':
        info[start] = { ...info[start]!, kind: 'rule' };
        return;
      case 'heading':
        info[start] = { ...info[start]!, kind: 'heading', depth: node.depth, heading: toString(node).trim() };
        // A setext heading's underline is part of it.
        for (let line = start + 1; line <= end; line++) info[line] = { ...info[line]!, kind: 'rule' };
        return;
      case 'table':
        node.children.forEach((row, index) => {
          if (!row.position) return;
          const line = row.position.start.line - 1;
          info[line] = {
            ...info[line]!,
            kind: index === 0 ? 'table-head' : 'table-row',
            cells: row.children.map((cell) => toString(cell).trim()),
          };
        });
        // The delimiter row (| --- |) sits under the head.
        if (node.children[0]?.position) {
          const delimiter = node.children[0].position.end.line;
          if (info[delimiter]) info[delimiter] = { ...info[delimiter]!, kind: 'rule' };
        }
        return;
      case 'paragraph':
        info[start] = { ...info[start]!, paragraphStart: true };
        return;
      case 'listItem': {
        const id = ++items;
        for (let line = start; line <= end; line++) info[line] = { ...info[line]!, item: id };
        info[start] = { ...info[start]!, itemStart: true };
        for (const child of node.children) visit(child, id);
        return;
      }
      default:
        if ('children' in node) for (const child of node.children) visit(child as Nodes, item);
    }
  };
  visit(tree, undefined);
  return { lines, info, closedFence };
}
