import { join } from 'node:path';
// Imported at module level: a dynamic import inside the build hook fails once Vite's runner has closed.
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built pages with pagefind's Node API, so `npm run build` always
 * ships a search index. Only postmortem pages mark their text
 * `data-pagefind-body`, so only they are read: pagefind would parse every other
 * page (index pages, group pages, reviews) only to leave it out.
 */
export const SEARCHED_PAGES = 'postmortems/*/index.html';

export async function writeSearchIndex(outDir: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const { index, errors: createErrors } = await createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind could not start: ${createErrors.join('; ')}`);
  const { page_count: pageCount, errors } = await index.addDirectory({ path: outDir, glob: SEARCHED_PAGES });
  if (errors.length > 0) throw new Error(`pagefind could not index ${outDir}: ${errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind could not write its index: ${written.errors.join('; ')}`);
  await close();
  log(`Search index: ${pageCount} postmortem pages read in ${Math.round(performance.now() - started)} ms`);
}
