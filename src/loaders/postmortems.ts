import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { isAbsolute, join } from 'node:path';
import { isInAudience, type AudienceRules } from '../lib/audience.ts';

/**
 * Loads `<contentDir>/postmortems/*.mdx` (id = file name) and keeps only the
 * build's audience, so no page, feed or index can see the rest.
 */
export function postmortemLoader(contentDir: string, rules: AudienceRules): Loader {
  const files = glob({
    base: isAbsolute(contentDir) ? join(contentDir, 'postmortems') : `./${contentDir}/postmortems`,
    pattern: '*.mdx',
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  });
  return {
    name: 'hindsight-postmortems',
    load: async (context) => {
      await files.load(context);
      for (const [id, entry] of context.store.entries()) {
        if (!isInAudience(entry.data, rules)) context.store.delete(id);
      }
    },
  };
}
