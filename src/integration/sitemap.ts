import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../site-config.ts';

/**
 * The archive's sitemap, written by @astrojs/sitemap from the pages the build
 * wrote, so it can never list a page outside the audience. It lists only pages
 * of their own: not files such as rss.xml, not the 404 page (the package drops
 * it), and not former ids, which only redirect. The archive's integration
 * knows the former ids once it has read the archive, and names them in its
 * build step, which runs before this one (it is listed first).
 */
export interface ArchiveSitemap {
  integration: AstroIntegration;
  /** Paths below the base, e.g. "postmortems/old-id/", that the sitemap leaves out. */
  leaveOut(pathnames: Iterable<string>): void;
  /** Whether the sitemap lists a built page, by its absolute URL. */
  lists(url: string): boolean;
}

export function archiveSitemap(siteConfig: Pick<SiteConfig, 'site' | 'base'>): ArchiveSitemap {
  const base = new URL(siteConfig.base, siteConfig.site);
  let leftOut: Set<string> | undefined;
  const lists = (url: string) => {
    // Asked before the archive's build step, the sitemap would hold the former ids: fail instead.
    if (!leftOut) throw new Error('The sitemap must come after the archive integration in astro.config.mjs');
    return url.endsWith('/') && !leftOut.has(url);
  };
  return {
    leaveOut(pathnames) {
      leftOut = new Set([...pathnames].map((pathname) => new URL(pathname, base).href));
    },
    lists,
    integration: sitemap({
      filter: lists,
      // Plain <loc> entries: no news, image or video extensions.
      namespaces: { news: false, xhtml: false, image: false, video: false },
    }),
  };
}
