import type { Heading, Nodes, Root } from 'mdast';
import { contentSafetyProblems, type BodyContext } from './content-safety.ts';
import { compiledBodySource, mdxParseError, parseMdxBody } from './mdx-tree.ts';
import type { SplitFile } from './front-matter.ts';
import { REQUIRED_SECTIONS } from '../../schema/rules.ts';
import type { BodyProblem } from './body-problem.ts';

/** A parsed body and the problems the body rules found in it. */
export interface BodyAnalysis {
  problems: BodyProblem[];
  /** The syntax tree, when the MDX parsed; later rules (warnings) read it rather than parse twice. */
  tree?: Root;
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

/** 1-based line of the body's first content, or undefined when it is empty. */
export function firstContentLine(tree: Root): number | undefined {
  return tree.children[0]?.position?.start.line;
}

/**
 * Every rule on a body's tree: it runs no code and loads nothing unexpected
 * (content-safety.ts), and it has the required sections. The check calls this
 * on the tree it parses; the MDX compiler calls it on the tree it compiles
 * (mdx-rules-plugin.ts), so both say the same words.
 */
export function bodyRuleProblems(tree: Root, context: BodyContext): BodyProblem[] {
  const problems = contentSafetyProblems(tree, context);
  const headings: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading' && (node as Heading).depth === 2) headings.push(textOf(node).trim().toLowerCase());
  });
  for (const section of REQUIRED_SECTIONS) {
    if (!headings.includes(section.toLowerCase())) {
      // Point at the start of the body, where the author will look for the sections.
      problems.push({ message: `needs a "## ${section}" section`, line: firstContentLine(tree) ?? context.bodyLine });
    }
  }
  return problems;
}

/** Parses a postmortem's body exactly as the build compiles it, and runs the body rules on it. */
export function analyseBody(split: SplitFile, context: Omit<BodyContext, 'bodyLine'>): BodyAnalysis {
  let tree: Root;
  try {
    tree = parseMdxBody(compiledBodySource(split));
  } catch (error) {
    const { line, reason } = mdxParseError(error);
    return {
      problems: [{ message: `is not valid MDX: ${reason} (write a literal { or < as \\{ or &lt;)`, line }],
    };
  }
  return { problems: bodyRuleProblems(tree, { ...context, bodyLine: split.bodyLine }), tree };
}
