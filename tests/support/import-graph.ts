/**
 * The project's import graph, read with TypeScript's parser (so comments and
 * strings that look like imports are not imports): static `import`/`export
 * … from`, dynamic `import('…')`, `typeof import('…')` and `new URL('…',
 * import.meta.url)` (how workers are started). `.astro` files are read from
 * their front matter and their bundled `<script>` blocks.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportRef {
  specifier: string;
  line: number;
  /** `import type`, `export type` or `typeof import(…)`: nothing of the module is loaded at run time. */
  typeOnly: boolean;
  /** Written in an `.astro` file's `<script>`: bundled for the browser. */
  inBrowserScript: boolean;
}

/** Every import of one module's source text. */
export function importsOf(text: string, fileName: string): ImportRef[] {
  if (fileName.endsWith('.astro')) return astroImports(text);
  return scriptImports(text, 0, false);
}

function astroImports(text: string): ImportRef[] {
  const refs: ImportRef[] = [];
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontMatter) refs.push(...scriptImports(frontMatter[1]!, lineAt(text, frontMatter.index), false));
  // Astro bundles a `<script>` without attributes (or with only `lang`); `is:inline` ones stay as they are.
  for (const script of text.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    if (/\bis:inline\b|\bsrc=/.test(script[1] ?? '')) continue;
    const start = script.index + script[0].indexOf('>') + 1;
    refs.push(...scriptImports(script[2]!, lineAt(text, start) - 1, true));
  }
  return refs;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function scriptImports(code: string, lineOffset: number, inBrowserScript: boolean): ImportRef[] {
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const refs: ImportRef[] = [];
  const add = (literal: ts.Node, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(literal)) return;
    const line = source.getLineAndCharacterOfPosition(literal.getStart(source)).line + 1 + lineOffset;
    refs.push({ specifier: literal.text, line, typeOnly, inBrowserScript });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, node.importClause?.isTypeOnly === true);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0]) {
      add(node.arguments[0], false);
    } else if (isUrlFromThisModule(node)) {
      add(node.arguments![0]!, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/** `new URL('./worker.ts', import.meta.url)`: a file this module starts or reads. */
function isUrlFromThisModule(node: ts.Node): node is ts.NewExpression {
  if (!ts.isNewExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'URL') return false;
  const [target, base] = node.arguments ?? [];
  return (
    target !== undefined &&
    ts.isStringLiteralLike(target) &&
    target.text.startsWith('.') &&
    base !== undefined &&
    base.getText() === 'import.meta.url'
  );
}

export interface ImportEdge extends ImportRef {
  /** The importing file, relative to the project root. */
  from: string;
  /** The imported file relative to the project root, when the specifier is relative and names a file. */
  to?: string;
}

export type ImportGraph = Map<string, ImportEdge[]>;

const MODULE_FILE = /\.(ts|mts|mjs|js|astro)$/;

/** Every module under the given folders (and the given files), with its imports resolved to files. */
export function readImportGraph(root: string, entries: readonly string[]): ImportGraph {
  const files = entries.flatMap((entry) => {
    const absolute = join(root, entry);
    if (!statSync(absolute).isDirectory()) return [entry];
    return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
      .filter((name) => MODULE_FILE.test(name))
      .map((name) => join(entry, name).split('\\').join('/'));
  });
  const graph: ImportGraph = new Map();
  for (const file of files.sort()) {
    const refs = importsOf(readFileSync(join(root, file), 'utf8'), file);
    graph.set(
      file,
      refs.map((ref) => ({ ...ref, from: file, to: resolveImport(root, file, ref.specifier) })),
    );
  }
  return graph;
}

function resolveImport(root: string, from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(root, dirname(from), specifier.split('?')[0]!);
  const found = [base, `${base}.ts`, join(base, 'index.ts')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
  return found && relative(root, found).split('\\').join('/');
}

/**
 * Every import cycle, one per group of files that import each other, as the
 * chain of files that closes it (`a.ts → b.ts → a.ts`). Type-only imports count.
 */
export function importCycles(graph: ReadonlyMap<string, readonly { to?: string }[]>): string[][] {
  const next = (file: string) => [...new Set((graph.get(file) ?? []).flatMap((edge) => (edge.to ? [edge.to] : [])))];
  const cycles: string[][] = [];
  for (const group of stronglyConnected([...graph.keys()], next)) {
    const start = group[0]!;
    if (group.length === 1 && !next(start).includes(start)) continue;
    cycles.push(shortestLoop(start, new Set(group), next));
  }
  return cycles;
}

/** Tarjan's algorithm: groups of files each reachable from every other. */
function stronglyConnected(nodes: readonly string[], next: (node: string) => string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const target of next(node)) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      groups.push(group.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) visit(node);
  return groups;
}

/** The shortest chain from `start` back to itself inside its group. */
function shortestLoop(start: string, group: ReadonlySet<string>, next: (node: string) => string[]): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const target of next(node)) {
      if (!group.has(target)) continue;
      if (target === start) {
        const chain = [node];
        while (chain[0] !== start) chain.unshift(cameFrom.get(chain[0]!)!);
        return [...chain, start];
      }
      if (!cameFrom.has(target)) {
        cameFrom.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}
