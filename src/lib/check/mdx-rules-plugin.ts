/**
 * The body rules inside the MDX compiler: a Sätteri mdast plugin that runs
 * `bodyRuleProblems` on the very tree being compiled, in `astro dev` and
 * `astro build` alike, and stops the compile with the check's own lines.
 */
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { defineMdastPlugin } from 'satteri';
import { unusableImage } from '../content-file.ts';
import { bodyRuleProblems } from './body-rules.ts';
import { contentError } from './content-error.ts';
import { IMAGES_FOLDER } from '../read-sources.ts';

/** `root` is the project root, so files are named as `npm run check` names them. */
export function mdxRulesPlugin(root: string) {
  return defineMdastPlugin({
    name: 'hindsight:content-is-not-code',
    options: { position: true },
    before(tree, context) {
      const path = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
      const file = path ? relative(root, path).split('\\').join('/') : '(an MDX file without a path)';
      const imagesDir = path ? join(dirname(path), IMAGES_FOLDER) : undefined;
      const problems = bodyRuleProblems(tree as Root, {
        bodyLine: 1,
        imageExists: (name) => imagesDir !== undefined && unusableImage(join(imagesDir, name)) === undefined,
      });
      if (problems.length > 0) {
        throw contentError(
          problems.map((problem) => ({ file, field: 'body', severity: 'error', ...problem })),
          'the MDX compiler refused it',
        );
      }
    },
    // What is left are comments (checked above); dropping them means no expression is ever compiled.
    mdxFlowExpression: (node, context) => context.removeNode(node),
    mdxTextExpression: (node, context) => context.removeNode(node),
  });
}
