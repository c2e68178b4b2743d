import { describe, expect, it } from 'vitest';
import { archiveSitemap } from '../../../src/integration/sitemap.ts';

describe('which built pages the sitemap lists', () => {
  it('lists pages below the base, not files such as rss.xml, and not the pages left out', () => {
    const sitemap = archiveSitemap({ site: 'https://x.example', base: '/p/' });
    sitemap.leaveOut(['postmortems/old-id/']);
    expect(sitemap.lists('https://x.example/p/')).toBe(true);
    expect(sitemap.lists('https://x.example/p/postmortems/new-id/')).toBe(true);
    expect(sitemap.lists('https://x.example/p/rss.xml')).toBe(false);
    expect(sitemap.lists('https://x.example/p/postmortems/old-id/')).toBe(false);
  });

  it('refuses to decide before the archive has named the pages to leave out', () => {
    const sitemap = archiveSitemap({ site: 'https://x.example', base: '/' });
    expect(() => sitemap.lists('https://x.example/')).toThrow(/after the archive integration/);
  });
});
