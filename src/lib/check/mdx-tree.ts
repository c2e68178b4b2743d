/**
 * The MDX parser the archive compiles with (Sätteri, as @astrojs/mdx uses it),
 * so the check reads a body as the very tree the build compiles.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { Root } from 'mdast';
import { mdxToMdast, type Features } from 'satteri';
import { compiledModule, type SplitFile } from './front-matter.ts';

/**
 * Parser features, shared by astro.config.mjs and the check. Front matter is
 * off: the compiler is handed a module whose front matter is already blank.
 */
export const MDX_FEATURES = { frontmatter: false, gfm: true, smartPunctuation: true } as const satisfies Features;

/**
 * The source the MDX compiler parses for a postmortem: Astro's own
 * front-matter splitter run on the module the build compiles. Line numbers in
 * it are the file's.
 */
export function compiledBodySource(split: SplitFile): string {
  return parseFrontmatter(compiledModule(split), { frontmatter: 'empty-with-spaces' }).content;
}

/** Parses an MDX body without evaluating it. Throws with a `line:column:` message on invalid MDX. */
export function parseMdxBody(source: string): Root {
  return mdxToMdast(source, { features: MDX_FEATURES }) as Root;
}

/** The line and reason of a Sätteri parse error (`19:21: Unexpected …`). */
export function mdxParseError(error: unknown): { line?: number; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): ([\s\S]*)$/.exec(message);
  return match ? { line: Number(match[1]), reason: match[3]!.trim() } : { reason: message };
}
