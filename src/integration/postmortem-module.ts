import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { contentError } from '../lib/check/content-error.ts';
import { compiledModule, splitFrontMatter } from '../lib/check/front-matter.ts';
import type { Problem } from '../lib/check/problem.ts';
import { readContentFile } from '../lib/content-file.ts';

/**
 * Every MDX module the build or dev server compiles passes through here first
 * (before @astrojs/mdx): it must be a regular UTF-8 file, it is split by the
 * check's own splitter, and the compiler is handed the body behind a blank
 * front matter. The front matter reaches pages only through the content
 * collection, which holds the check's reading of it.
 */
export function postmortemModulePlugin(root: string): Plugin {
  return {
    name: 'hindsight:postmortem-module',
    enforce: 'pre',
    transform: {
      // The MDX compiler's own filter: it compiles exactly these ids (Astro's `?…` wrappers only import them).
      filter: { id: /\.mdx$/ },
      handler(code, id) {
        const path = id;
        const file = relative(root, path).split('\\').join('/');
        const refuse = (field: string, message: string, line?: number): never => {
          const problem: Problem = { file, field, message, severity: 'error', line };
          throw contentError([problem], 'the build refused to compile it');
        };
        const read = readContentFile(path);
        if (!read.ok) return refuse('file', read.reason);
        if (read.text !== code) return refuse('file', 'changed while it was being compiled; run the build again');
        const split = splitFrontMatter(read.text);
        if (!split.ok) return refuse('front matter', split.message, split.line);
        return { code: compiledModule(split.split), map: null };
      },
    },
  };
}
