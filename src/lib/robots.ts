/**
 * robots.txt: a public archive invites crawlers and names its sitemap; an
 * internal one asks them to stay out.
 */
export function robotsTxt(audience: 'internal' | 'public', sitemapUrl: string): string {
  return audience === 'public'
    ? `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`
    : `# An internal incident archive: not for search engines.\nUser-agent: *\nDisallow: /\n`;
}

/** The file @astrojs/sitemap writes, which lists its sitemap files. */
export const SITEMAP_INDEX = 'sitemap-index.xml';
