// @ts-check
// The floor: the least a site needs to turn the corpus into pages with Astro
// and MDX. The benchmark builds it with `--root tests/bench/floor`; packages
// resolve from the project's node_modules.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

const cacheDir = process.env.BENCH_FLOOR_CACHE_DIR;

export default defineConfig({
  integrations: [mdx()],
  // A fresh cache per run, like a CI checkout.
  cacheDir: cacheDir ? `${cacheDir}/astro` : undefined,
  vite: {
    cacheDir: cacheDir ? `${cacheDir}/vite` : undefined,
    build: {
      rollupOptions: {
        // The same filter as the archive: every MDX module triggers this known upstream warning.
        onwarn(warning, warn) {
          if (!(warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')))
            warn(warning);
        },
      },
    },
  },
});
