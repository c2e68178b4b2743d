// @ts-check
// The floor: the least a site needs to turn the corpus into pages with Astro
// and MDX. The benchmark builds a private copy of this folder whose
// node_modules links to the project's packages.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  vite: {
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
