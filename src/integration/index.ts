import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkArchive, formatProblem } from '../lib/check/index.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import type { SiteConfig } from '../site-config.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeSitemap } from './sitemap.ts';
import { virtualConfigPlugin } from './virtual-config.ts';

/** Known noise: every MDX module triggers it (upstream Astro bug), real warnings stay visible. */
function isHeadInjectWarning(warning: { code?: string; message: string }): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/**
 * Runs the check engine before anything is built, so the build refuses
 * exactly what `npm run check` rejects, with the same messages.
 */
export default function hindsight(siteConfig: SiteConfig): AstroIntegration {
  // Former ids: their pages only redirect, so the sitemap leaves them out.
  const aliasPaths = new Set<string>();
  return {
    name: 'hindsight',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const result = checkArchive(readArchiveSources({ root, contentDir: siteConfig.contentDir }));
        for (const postmortem of result.postmortems) {
          for (const alias of postmortem.data?.aliases ?? []) aliasPaths.add(`postmortems/${alias}/`);
        }
        if (result.errorCount > 0) {
          const lines = result.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
          if (command === 'build') {
            const error = new Error(
              `${result.errorCount} error(s) in the postmortems (same as \`npm run check\`):\n${lines.join('\n')}`,
            );
            error.name = 'PostmortemCheckError';
            error.stack = `${error.name}: ${error.message}`;
            throw error;
          }
          for (const line of lines) logger.warn(line);
        }
        updateConfig({
          vite: {
            plugins: [virtualConfigPlugin(siteConfig, command === 'dev')],
            build: {
              rollupOptions: {
                onwarn(warning, warn) {
                  if (!isHeadInjectWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        writeSitemap(
          dir,
          pages.map((page) => page.pathname),
          new Set([...aliasPaths, '404/']),
          siteConfig,
        );
        await writeSearchIndex(dir, logger);
      },
    },
  };
}
