import { satteri } from '@astrojs/markdown-satteri';
import { mdxRulesPlugin } from '../lib/check/mdx-rules-plugin.ts';
import { MDX_FEATURES } from '../lib/check/mdx-tree.ts';

/**
 * The MDX processor every postmortem is compiled with: Sätteri with the
 * check's parser features and the body rules as its first mdast plugin.
 * `root` is the project root, so problems name files as `npm run check` does.
 */
export function archiveMdxProcessor(root: string) {
  return satteri({ mdastPlugins: [mdxRulesPlugin(root)], features: MDX_FEATURES });
}
