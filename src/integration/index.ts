import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkArchive, formatProblem } from '../lib/check/index.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import type { SiteConfig } from '../site-config.ts';
import { writeSearchIndex } from './search-index.ts';
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
  return {
    name: 'hindsight',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const result = checkArchive(readArchiveSources({ root, contentDir: siteConfig.contentDir }));
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
      'astro:build:done': async ({ dir, logger }) => {
        await writeSearchIndex(dir, logger);
      },
    },
  };
}
