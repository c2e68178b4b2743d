import type { Nodes, Root } from 'mdast';
import { visit } from './body-rules.ts';
import { GUIDANCE_MARKER } from './template-markers.ts';

// Not prose: code, headings, raw HTML and MDX expressions (comments included).
const SKIPPED = new Set(['code', 'heading', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'yaml']);

/** Words of prose a reader reads in the body: paragraphs, lists, quotes and tables, without code or headings. */
export function proseWordCount(tree: Root): number {
  let words = 0;
  const walk = (node: Nodes) => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === 'text' || node.type === 'inlineCode') {
      words += node.value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  walk(tree);
  return words;
}

const GUIDANCE = new RegExp(`^\\s*/\\*\\s*${GUIDANCE_MARKER.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

/** Body lines (1-based) of the template's guidance comments that are still there. */
export function guidanceCommentLines(tree: Root): number[] {
  const lines: number[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && GUIDANCE.test(node.value)) {
      if (node.position) lines.push(node.position.start.line);
    }
  });
  return lines;
}
