import { writeFileSync } from 'node:fs';
import { sitemapXml } from '../lib/exports.ts';
import type { SiteConfig } from '../site-config.ts';

/**
 * Writes sitemap.xml from the pages the build produced (so it can never list a
 * page outside the audience), and robots.txt: an internal archive asks
 * crawlers to stay out.
 */
export function writeSitemap(
  outDir: URL,
  pathnames: readonly string[],
  excluded: ReadonlySet<string>,
  siteConfig: SiteConfig,
): void {
  const base = new URL(siteConfig.base, siteConfig.site);
  const urls = pathnames
    .filter((pathname) => (pathname === '' || pathname.endsWith('/')) && !excluded.has(pathname))
    .sort()
    .map((pathname) => new URL(pathname, base).href);
  writeFileSync(new URL('sitemap.xml', outDir), sitemapXml(urls));
  const sitemapUrl = new URL('sitemap.xml', base).href;
  const robots =
    siteConfig.audience === 'public'
      ? `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`
      : `# An internal incident archive: not for search engines.\nUser-agent: *\nDisallow: /\n`;
  writeFileSync(new URL('robots.txt', outDir), robots);
}
