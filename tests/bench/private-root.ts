/**
 * A private copy of an Astro project to build in. Astro keeps its content
 * store and generated modules inside the project (.astro/,
 * node_modules/.astro/), so building a 10,000-file corpus in the checkout
 * would race with any other build there and start from a warm cache. The
 * copy holds the given files; its node_modules links to each package the
 * project installed, so packages resolve exactly as in the checkout.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** Caches, which each copy must have its own of. */
const NOT_LINKED = new Set(['.astro', '.vite', '.cache']);

export function preparePrivateRoot(
  source: string,
  files: readonly string[],
  nodeModules: string,
  root: string,
): string {
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  for (const name of files) cpSync(join(source, name), join(root, name), { recursive: true });
  for (const name of readdirSync(nodeModules)) {
    if (!NOT_LINKED.has(name)) symlinkSync(join(nodeModules, name), join(root, 'node_modules', name));
  }
  return root;
}

/** What the archive's build reads from the project. */
export const ARCHIVE_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** The floor site in tests/bench/floor. */
export const FLOOR_FILES = ['src', 'astro.config.mjs'];
