import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { CheckSummary } from './check-summary.ts';
import { checkGatePlugin, runCheck, runCheckInWorker } from './run-check.ts';
import { PENDING_CHECK } from '../loaders/check-first.ts';
import { fileURLToPath } from 'node:url';
import { previewCard, previewSvg } from '../lib/preview-image.ts';
import type { SiteConfig } from '../site-config.ts';
import { POST_BUILD_JOB_ENV, runPostBuild, savePostBuildJob, type PostBuildJob } from './post-build.ts';
import { stopPreviewWarmUp, warmUpPreviews } from './preview-warm-up.ts';
import { writeSitemap } from './sitemap.ts';
import { virtualConfigPlugin } from './virtual-config.ts';

/** Known noise: every MDX module triggers it (upstream Astro bug), real warnings stay visible. */
function isHeadInjectWarning(warning: { code?: string; message: string }): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/**
 * Runs the check engine on every build, so the build refuses exactly what
 * `npm run check` rejects, with the same messages; writes the sitemap, the
 * preview images and the search index once the pages are built.
 */
export default function hindsight(siteConfig: SiteConfig): AstroIntegration {
  let summary: Promise<CheckSummary> | undefined;
  let cacheDir = '';
  return {
    name: 'hindsight',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        const root = fileURLToPath(config.root);
        cacheDir = `${root}/node_modules/.cache/hindsight/previews`;
        const gate: Plugin[] = [];
        if (command === 'build') {
          // The check runs beside content sync and bundling; pages render only once it has passed.
          summary = runCheckInWorker(root, siteConfig.contentDir);
          // A collection that fails to load asks this check to explain (see loaders/check-first.ts).
          (globalThis as Record<symbol, unknown>)[PENDING_CHECK] = summary;
          gate.push(checkGatePlugin(summary));
        } else {
          const result = runCheck(root, siteConfig.contentDir);
          for (const line of result.errorLines) logger.warn(line);
          summary = Promise.resolve(result);
        }
        updateConfig({
          vite: {
            plugins: [virtualConfigPlugin(siteConfig, command === 'dev'), ...gate],
            build: {
              rollupOptions: {
                onwarn(warning: { code?: string; message: string }, warn: (warning: unknown) => void) {
                  if (!isHeadInjectWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
      },
      'astro:build:start': () => {
        // Renders preview cards into their cache while Astro bundles and renders (see preview-warm-up.ts).
        summary?.then((result) => warmUpPreviews(result, siteConfig, cacheDir)).catch(() => {});
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        stopPreviewWarmUp();
        const result = await summary!;
        const postmortems = new Map(result.postmortems);
        const serviceNames = new Map(result.serviceNames);
        const pathnames = pages.map((page) => page.pathname);
        // Former ids only redirect, so the sitemap leaves them out.
        const excluded = new Set([...result.aliases.map((alias) => `postmortems/${alias}/`), '404/']);
        writeSitemap(dir, pathnames, excluded, siteConfig);
        // A card for each postmortem page the build wrote: the collection already kept only the audience.
        const job: PostBuildJob = { outDir: fileURLToPath(dir), cacheDir, cards: [] };
        for (const pathname of pathnames) {
          const data = postmortems.get(/^postmortems\/([^/]+)\/$/.exec(pathname)?.[1] ?? '');
          if (data) job.cards.push([pathname, previewSvg(previewCard(data, serviceNames, siteConfig.title))]);
        }
        // `npm run build` asks for the search index and previews once this process has exited and freed its memory.
        const jobFile = process.env[POST_BUILD_JOB_ENV];
        if (jobFile) {
          savePostBuildJob(jobFile, job);
          logger.info('Search index and preview images: next, once Astro has exited');
        } else {
          await runPostBuild(job, (line) => logger.info(line));
        }
      },
    },
  };
}
