import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { BUILD_GATE_HOOK, createBuildGate, type BuildGate } from './build-gate.ts';
import { summarizeCheck, type CheckSummary } from './check-summary.ts';
import { serveCheckErrors } from './dev-check-page.ts';
import { postmortemModulePlugin } from './postmortem-module.ts';
import { previewSvg } from '../lib/preview-image.ts';
import type { SiteConfig } from '../site-config.ts';
import { POST_BUILD_JOB_ENV, runPostBuild, savePostBuildJob, type PostBuildJob } from './post-build.ts';
import { stopPreviewWarmUp, warmUpPreviews } from './preview-warm-up.ts';
import type { ArchiveSitemap } from './sitemap.ts';
import { virtualConfigPlugin } from './virtual-config.ts';

/** Known noise: every MDX module triggers it (upstream Astro bug), real warnings stay visible. */
function isHeadInjectWarning(warning: { code?: string; message: string }): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/**
 * Owns the build gate, which runs the check and refuses a build with errors
 * (the content loaders store what it accepted; see build-gate.ts); hands every
 * MDX module to the compiler through the check's own splitter (the body rules
 * run inside the MDX compiler); in dev, serves the check's errors instead of
 * pages; tells the sitemap which built pages to leave out, and writes the
 * preview images and the search index once the pages are built.
 */
export default function hindsight(siteConfig: SiteConfig, sitemap: ArchiveSitemap): AstroIntegration {
  let gate: BuildGate | undefined;
  let summary: CheckSummary | undefined;
  let cacheDir = '';
  return {
    name: 'hindsight',
    hooks: {
      [BUILD_GATE_HOOK]: (): BuildGate | undefined => gate,
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        cacheDir = `${root}/node_modules/.cache/hindsight/previews`;
        gate = createBuildGate({
          root,
          contentDir: siteConfig.contentDir,
          isDev: command === 'dev',
          log: (line) => logger.info(line),
        });
        updateConfig({
          vite: {
            plugins: [virtualConfigPlugin(siteConfig, command === 'dev'), postmortemModulePlugin(root)],
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
      'astro:server:setup': ({ server }) => {
        serveCheckErrors(server, gate!.checked);
      },
      'astro:build:start': async () => {
        // Astro has stored the content by now: keep what the end of the build needs and let the check's result go.
        summary = summarizeCheck(await gate!.checked(), siteConfig);
        gate!.release();
        // Renders preview cards into their cache while Astro bundles and renders (see preview-warm-up.ts).
        warmUpPreviews(summary, cacheDir);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        stopPreviewWarmUp();
        // From the build's one check, which the loaders' content came from (the build only gets here if it passed).
        const { aliases, formerGroupPaths, cards } = summary!;
        const pathnames = pages.map((page) => page.pathname);
        // Former ids only redirect, so the sitemap leaves them out.
        sitemap.leaveOut([...aliases.map((alias) => `postmortems/${alias}/`), ...formerGroupPaths]);
        // A card for each postmortem page the build wrote: the collection already kept only the audience.
        const job: PostBuildJob = { outDir: fileURLToPath(dir), cacheDir, cards: [] };
        for (const pathname of pathnames) {
          const card = cards.get(/^postmortems\/([^/]+)\/$/.exec(pathname)?.[1] ?? '');
          if (card) job.cards.push([pathname, previewSvg(card)]);
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
