/**
 * "Content is not code": rules that keep an MDX body inert. They run on the
 * very tree the MDX compiler compiles (mdx-rules-plugin.ts) and on the tree the
 * check parses with the same parser, so a body that breaks them never compiles.
 */
import { tokenizer } from 'acorn';
import type { Image, Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx';
import { closestMatch, suggestion } from '../../schema/suggest.ts';
import { CODE_LANGUAGES } from './code-languages.ts';
import type { BodyProblem } from './body-problem.ts';

/** What the body rules need to know beyond the tree. */
export interface BodyContext {
  /** 1-based file line where the body starts, for problems that concern the body as a whole. */
  bodyLine: number;
  /** Whether `images/<name>` is a regular file beside the postmortems; without it, existence is not checked. */
  imageExists?: (name: string) => boolean;
}
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

/** Image files a body may show: raster formats only (an SVG can carry script when opened on its own). */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'gif', 'webp', 'avif'] as const;
const LOCAL_IMAGE = new RegExp(
  `^\\./images/([A-Za-z0-9][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)*\\.(?:${IMAGE_EXTENSIONS.join('|')}))$`,
  'i',
);

/**
 * True when a JavaScript parser finds nothing but comments and white space in
 * an expression's source: `{/* note *\/}`. Parsed as a module, so HTML-like
 * comments (`<!--`) count as code and are refused.
 */
export function holdsOnlyComments(source: string): boolean {
  try {
    const tokens = tokenizer(source, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: false });
    return tokens.getToken().type.label === 'eof';
  } catch {
    return false;
  }
}

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
  // Own properties only: `constructor` or `__proto__` is no component.
  const allowedAttributes = Object.hasOwn(ARCHIVE_COMPONENTS, name)
    ? ARCHIVE_COMPONENTS[name]
    : Object.hasOwn(ALLOWED_HTML, name)
      ? ALLOWED_HTML[name]
      : undefined;
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

function imageProblem(node: Image, context: BodyContext, line: number | undefined): BodyProblem | undefined {
  const url = node.url;
  const shown = url.slice(0, 60);
  if (urlScheme(url) !== undefined || url.startsWith('//')) {
    return {
      message: `image "${shown}" is on another site, which the archive's Content Security Policy blocks; save it in the postmortems' images/ folder and write ![…](./images/<file>)`,
      line,
    };
  }
  const name = LOCAL_IMAGE.exec(url)?.[1];
  if (!name) {
    return {
      message: `image "${shown}" must be a file in the postmortems' images/ folder, written ./images/<file>.${IMAGE_EXTENSIONS.join('|')}, with no folders, "..", query (?…) or fragment (#…)`,
      line,
    };
  }
  if (context.imageExists && !context.imageExists(name)) {
    return {
      message: `image "${shown}" is not a file in the postmortems' images/ folder (links are not followed)`,
      line,
    };
  }
  return undefined;
}

function languageHint(name: string): string {
  const match = closestMatch(name, [...CODE_LANGUAGES]);
  return match
    ? `did you mean "${match}"?`
    : 'use a name such as text, bash, json, yaml, sql, python, go or javascript, or leave it out';
}

function each(node: Nodes, callback: (node: Nodes) => void): void {
  callback(node);
  if ('children' in node) for (const child of node.children as Nodes[]) each(child, callback);
}

/** Everything in a parsed body that could run code or load something unexpected. */
export function contentSafetyProblems(tree: Root, context: BodyContext): BodyProblem[] {
  const problems: BodyProblem[] = [];
  each(tree, (node) => {
    const line = node.position?.start.line;
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push({
          message:
            'must not import or export anything: a postmortem is content, not code (the archive components are available without importing)',
          line,
        });
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!holdsOnlyComments(node.value)) {
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
      case 'definition': {
        const problem = urlProblem(node.url, 'link', line);
        if (problem) problems.push(problem);
        break;
      }
      case 'image': {
        const problem = imageProblem(node, context, line);
        if (problem) problems.push(problem);
        break;
      }
      case 'code':
        if (node.lang && !CODE_LANGUAGES.has(node.lang)) {
          problems.push({
            message: `code block language "${node.lang.slice(0, 30)}" is not one the archive can highlight; ${languageHint(node.lang)}`,
            line,
          });
        }
        break;
      case 'imageReference':
        problems.push({
          message: 'must write images inline, ![text](./images/<file>), not as a reference ![text][label]',
          line,
        });
        break;
      case 'html':
        // MDX reads HTML as JSX elements; a raw HTML node would bypass the allow-list, so it is refused.
        problems.push({ message: 'must not contain raw HTML', line });
        break;
    }
  });
  return problems;
}
