import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkArchive, formatProblem } from '../lib/check/index.ts';
import { previewCard, previewSvg } from '../lib/preview-image.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import type { Postmortem } from '../schema/postmortem.ts';
import type { SiteConfig } from '../site-config.ts';
import { writePreviewImages } from './preview-images.ts';
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
  // What the preview cards need, from the same validated files the check read.
  const postmortems = new Map<string, Postmortem>();
  let serviceNames = new Map<string, string>();
  let cacheDir = '';
  return {
    name: 'hindsight',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        const result = checkArchive(readArchiveSources({ root, contentDir: siteConfig.contentDir }));
        for (const postmortem of result.postmortems) {
          for (const alias of postmortem.data?.aliases ?? []) aliasPaths.add(`postmortems/${alias}/`);
          if (postmortem.data) postmortems.set(postmortem.id, postmortem.data);
        }
        serviceNames = new Map(result.services.map((service) => [service.id, service.name]));
        cacheDir = `${root}/node_modules/.cache/hindsight/previews`;
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
        const pathnames = pages.map((page) => page.pathname);
        writeSitemap(dir, pathnames, new Set([...aliasPaths, '404/']), siteConfig);
        // A card for each postmortem page the build wrote: the collection already kept only the audience.
        const cards = new Map<string, string>();
        for (const pathname of pathnames) {
          const data = postmortems.get(/^postmortems\/([^/]+)\/$/.exec(pathname)?.[1] ?? '');
          if (data) cards.set(pathname, previewSvg(previewCard(data, serviceNames, siteConfig.title)));
        }
        const started = performance.now();
        const [, written] = await Promise.all([
          writeSearchIndex(dir, logger),
          writePreviewImages(dir, cards, cacheDir),
        ]);
        logger.info(
          `Preview images: ${written} in ${Math.round(performance.now() - started)} ms, beside the search index`,
        );
      },
    },
  };
}
