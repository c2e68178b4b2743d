/**
 * "Content is not code": rules that keep an MDX body inert. The body is only
 * parsed here, never evaluated, and the build runs these rules before MDX is
 * compiled, so a file that breaks them is never executed.
 */
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import { suggestion } from '../suggest.ts';
import type { BodyProblem } from './body-rules.ts';

/** The archive's own components, available in every body, with the attributes each takes. */
export const ARCHIVE_COMPONENTS: Record<string, readonly string[]> = {
  Callout: ['tone', 'title'],
};

/** Plain HTML allowed in a body, with its allowed attributes. */
export const ALLOWED_HTML: Record<string, readonly string[]> = {
  abbr: ['title'],
  br: [],
  del: [],
  details: ['open'],
  ins: [],
  kbd: [],
  mark: [],
  small: [],
  sub: [],
  summary: [],
  sup: [],
};

export const ALLOWED_URL_SCHEMES = ['http', 'https', 'mailto'] as const;

// Only comments may appear inside braces: {/* note */}.
const ONLY_COMMENTS = /^(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*(?:\n|$))*$/;

/** The scheme of a URL as a browser would read it (whitespace and control characters ignored), or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
}

function urlProblem(url: string, what: string, line: number | undefined): BodyProblem | undefined {
  const scheme = urlScheme(url);
  if (scheme === undefined || (ALLOWED_URL_SCHEMES as readonly string[]).includes(scheme)) return undefined;
  return {
    message: `${what} "${url.slice(0, 60)}" uses the ${scheme}: scheme; only ${ALLOWED_URL_SCHEMES.join(', ')} and relative URLs are allowed`,
    line,
  };
}

function elementProblems(
  node: Nodes & { name?: string | null; attributes?: (MdxJsxAttribute | MdxJsxExpressionAttribute)[] },
): BodyProblem[] {
  const line = node.position?.start.line;
  const name = node.name;
  if (!name) return [{ message: 'must not use fragments (<>…</>); write plain Markdown', line }];
  const allowedAttributes = ARCHIVE_COMPONENTS[name] ?? ALLOWED_HTML[name];
  if (!allowedAttributes) {
    const known = [...Object.keys(ARCHIVE_COMPONENTS), ...Object.keys(ALLOWED_HTML)];
    return [
      {
        message: `must not use <${name}>: only the archive's components (${Object.keys(ARCHIVE_COMPONENTS).join(', ')}) and simple HTML (${Object.keys(ALLOWED_HTML).join(', ')}) are allowed; ${suggestion(name, known)}`,
        line,
      },
    ];
  }
  const problems: BodyProblem[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push({ message: `<${name}> must not spread an expression into its attributes`, line });
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      problems.push({
        message: `<${name}> must not have an event handler (${attribute.name}); a postmortem runs no script`,
        line,
      });
    } else if (!allowedAttributes.includes(attribute.name)) {
      problems.push({
        message: `<${name}> does not take "${attribute.name}"; allowed: ${allowedAttributes.join(', ') || 'none'}`,
        line,
      });
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      problems.push({
        message: `<${name} ${attribute.name}={…}> must be a plain string, not a JavaScript expression`,
        line,
      });
    } else if (typeof attribute.value === 'string') {
      const problem = urlProblem(attribute.value, `<${name} ${attribute.name}>`, line);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** Everything in a parsed body that could run code or load something unexpected. */
export function contentSafetyProblems(
  tree: Root,
  visit: (node: Nodes, callback: (node: Nodes) => void) => void,
): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!ONLY_COMMENTS.test(node.value)) {
          problems.push({
            message: `must not contain a JavaScript expression ({${node.value.trim().slice(0, 40)}}); write a literal brace as \\{ (MDX comments {/* … */} are fine)`,
            line,
          });
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...elementProblems(node));
        break;
      case 'link':
      case 'image':
      case 'definition': {
        const problem = urlProblem(node.url, node.type === 'image' ? 'image' : 'link', line);
        if (problem) problems.push(problem);
        break;
      }
      case 'html':
        // Without the mdxjs extension raw HTML would pass through; with it, this never occurs.
        problems.push({ message: 'must not contain raw HTML', line });
        break;
    }
  });
  return problems;
}
