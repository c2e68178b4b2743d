// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import hindsight from './src/integration/index.ts';
import { resolveSiteConfig } from './src/site-config.ts';

// Site URL, base path, name and repository come from src/site-config.ts,
// each overridable by an environment variable.
const siteConfig = resolveSiteConfig();

export default defineConfig({
  site: siteConfig.site,
  base: siteConfig.base,
  trailingSlash: 'always',
  integrations: [hindsight(siteConfig), mdx()],
});
