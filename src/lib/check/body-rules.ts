import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import type { Heading, Nodes, Root } from 'mdast';
import { contentSafetyProblems } from './content-safety.ts';

/** The `##` sections every postmortem body must have (compared case-insensitively). */
export const REQUIRED_SECTIONS = ['Root cause and resolution', 'Corrective and preventative measures'] as const;

export interface BodyProblem {
  message: string;
  /** 1-based line within the body. */
  line?: number;
}

/** A parsed body and the problems the body rules found in it. */
export interface BodyAnalysis {
  problems: BodyProblem[];
  /** The syntax tree, when the MDX parsed; later rules (warnings) read it rather than parse twice. */
  tree?: Root;
}

/** Parses an MDX body without evaluating it. Throws with a position on invalid MDX. */
export function parseMdxBody(body: string): Root {
  return fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}

export function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(textOf).join('');
  return '';
}

export function visit(node: Nodes, callback: (node: Nodes) => void): void {
  callback(node);
  if ('children' in node) for (const child of node.children as Nodes[]) visit(child, callback);
}

/** 1-based line of the body's first content, or 1 when it is empty. */
export function firstContentLine(tree: Root): number {
  return tree.children[0]?.position?.start.line ?? 1;
}

/** Rules on the MDX body: it parses, runs no code (see content-safety.ts), has the required sections. */
export function analyseBody(body: string): BodyAnalysis {
  let tree: Root;
  try {
    tree = parseMdxBody(body);
  } catch (error) {
    const place =
      (error as { line?: number; place?: { line?: number } }).line ??
      (error as { place?: { line?: number } }).place?.line;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      problems: [{ message: `is not valid MDX: ${reason} (write a literal { or < as \\{ or &lt;)`, line: place }],
    };
  }

  const problems: BodyProblem[] = [];
  const headings: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'mdxjsEsm') {
      problems.push({
        message:
          'must not import or export anything: a postmortem is content, not code (the archive components are available without importing)',
        line: node.position?.start.line,
      });
    }
    if (node.type === 'heading' && (node as Heading).depth === 2) {
      headings.push(textOf(node).trim().toLowerCase());
    }
  });
  problems.push(...contentSafetyProblems(tree, visit));
  for (const section of REQUIRED_SECTIONS) {
    if (!headings.includes(section.toLowerCase())) {
      // Point at the start of the body, where the author will look for the sections.
      problems.push({ message: `needs a "## ${section}" section`, line: firstContentLine(tree) });
    }
  }
  return { problems, tree };
}

/** The body rules' problems alone. */
export function bodyProblems(body: string): BodyProblem[] {
  return analyseBody(body).problems;
}
