// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import hindsight from './src/integration/index.ts';
import { archiveMdxProcessor } from './src/integration/mdx-processor.ts';
import { archiveSitemap } from './src/integration/sitemap.ts';
import { resolveSiteConfig } from './src/site-config.ts';

// Site URL, base path, name and repository come from src/site-config.ts,
// each overridable by an environment variable.
const siteConfig = resolveSiteConfig();
const sitemap = archiveSitemap(siteConfig);

export default defineConfig({
  // Astro keeps its content store and asset cache here (default node_modules/.astro). Two builds
  // sharing one would read each other's entries: HINDSIGHT_ASTRO_CACHE_DIR gives a build its own.
  ...(process.env.HINDSIGHT_ASTRO_CACHE_DIR ? { cacheDir: process.env.HINDSIGHT_ASTRO_CACHE_DIR } : {}),
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  // Pages render a few at a time, so one page's file writes and module loads overlap another's rendering
  // (78 s instead of 87 s for 10,000 postmortems on 2 cores; see docs/benchmarks.md).
  build: { concurrency: 8 },
  // Scripts and styles as files, never inlined: an inline one is hashed for the CSP on every page that has it,
  // and a file is fetched once and cached, where inline bytes are sent (and searched through) with every page.
  vite: { build: { assetsInlineLimit: 0 } },
  // hindsight comes first: its module step must see each .mdx file before the MDX compiler does.
  integrations: [
    hindsight(siteConfig, sitemap),
    // The body rules run inside the compiler, on the tree it compiles, with the check's parser features.
    mdx({ processor: archiveMdxProcessor(fileURLToPath(new URL('.', import.meta.url))) }),
    // @astrojs/sitemap, after hindsight: its build step names the pages the sitemap leaves out.
    sitemap.integration,
  ],
  // Prism marks code with classes; Shiki's inline styles would break the Content Security Policy.
  markdown: { syntaxHighlight: 'prism' },
  // The Content Security Policy is src/lib/content-security-policy.ts, written by the layout:
  // pages have no inline scripts or styles, so Astro's per-page hashing of them (security.csp) has nothing to add.
});
