import type { Plugin } from 'vite';
import { buildDate } from '../lib/build-date.ts';
import type { SiteConfig } from '../site-config.ts';

const MODULE_ID = 'virtual:hindsight/config';
const RESOLVED_ID = `\0${MODULE_ID}`;

/** Exposes the resolved site settings to pages as `virtual:hindsight/config`. */
export function virtualConfigPlugin(siteConfig: SiteConfig, isDev: boolean): Plugin {
  const values = { ...siteConfig, buildDate: buildDate(), isDev };
  return {
    name: 'hindsight:config',
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load: (id) => (id === RESOLVED_ID ? `export default ${JSON.stringify(values)};` : undefined),
  };
}
