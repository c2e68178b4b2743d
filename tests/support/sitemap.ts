import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);

/**
 * The page URLs a build's sitemap lists, read as a crawler reads them: from
 * sitemap-index.xml through each sitemap file it names. `base` is the path the
 * build is served from.
 */
export function sitemapUrls(outDir: string, base = '/'): string[] {
  const index = readFileSync(join(outDir, 'sitemap-index.xml'), 'utf8');
  return locs(index).flatMap((url) => {
    const file = new URL(url).pathname.slice(base.length);
    return locs(readFileSync(join(outDir, file), 'utf8'));
  });
}
