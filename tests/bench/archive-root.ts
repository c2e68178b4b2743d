/**
 * A private copy of the project to build the archive in. Astro keeps its
 * content store and generated modules in the project folder (.astro/,
 * node_modules/.astro/), so building a 10,000-file corpus in the checkout
 * would race with anyone else's build there, and would start from a warm
 * cache. The copy holds the project's own source and config; its
 * node_modules links to each installed package.
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

const COPIED = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Caches, which each root must have its own of. */
const NOT_LINKED = new Set(['.astro', '.vite', '.cache']);

export function prepareArchiveRoot(projectRoot: string, root: string): string {
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  for (const name of COPIED) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  for (const name of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!NOT_LINKED.has(name)) symlinkSync(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
  return root;
}
