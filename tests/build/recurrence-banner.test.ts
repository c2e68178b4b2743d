/**
 * The "repeat of" banner on the built example archive: each postmortem page
 * names exactly the earlier incidents the recurrence review links it to (read
 * from the content without Astro), and the earlier ones link forward.
 */
import { describe, expect, inject, it } from 'vitest';
import { buildDate } from '../../src/lib/build-date.ts';
import { recurrenceLinks, RECURRENCE_REVIEW_DAYS } from '../../src/lib/incident/recurrence-links.ts';
import { RECURRENCE_SHOWN } from '../../src/lib/pages/recurrence-banner.ts';
import { archiveFromContent } from '../support/content-archive.ts';
import { TEST_BUILD_EPOCH } from '../support/fixture-build.ts';
import { readPage, visibleText } from '../support/html.ts';

const { example } = inject('builds');
const TODAY = buildDate({ SOURCE_DATE_EPOCH: TEST_BUILD_EPOCH });
const archive = archiveFromContent('content');
const links = recurrenceLinks(archive.incidents, { today: TODAY, windowDays: RECURRENCE_REVIEW_DAYS });

/** The hrefs of links inside the element marked with `attribute`, in page order. */
function linksIn(html: string, attribute: string): string[] {
  const start = html.indexOf(` ${attribute}`);
  if (start < 0) return [];
  const tag = html.lastIndexOf('<', start);
  const name = /^<(\w+)/.exec(html.slice(tag))![1]!;
  const end = html.indexOf(`</${name}>`, start);
  return [...html.slice(start, end).matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
}

describe('the recurrence banner', () => {
  it('names on every page the earlier incidents it repeats, and the later ones that repeated it', () => {
    let pagesWithBanner = 0;
    for (const incident of archive.incidents) {
      const html = readPage(example.outDir, `postmortems/${incident.id}/`);
      const earlier = (links.earlier.get(incident.id) ?? []).map((link) => link.earlier.url).slice(0, RECURRENCE_SHOWN);
      const later = (links.later.get(incident.id) ?? []).map((link) => link.later.url).slice(0, RECURRENCE_SHOWN);
      expect(linksIn(html, 'data-repeat-of'), incident.id).toEqual(earlier);
      expect(linksIn(html, 'data-repeated-by'), incident.id).toEqual(later);
      if (earlier.length + later.length > 0) pagesWithBanner += 1;
    }
    expect(pagesWithBanner).toBeGreaterThan(5);
  });

  it('lists what the earlier certificate expiry promised and left unfinished', () => {
    const html = readPage(example.outDir, 'postmortems/2026-03-04-payments-webhook-signing-cert-expiry/');
    const start = html.indexOf('data-recurrence');
    const banner = visibleText(html.slice(start, html.indexOf('</aside>', start)));
    expect(banner).toContain('Repeats');
    expect(banner).toContain('43 days earlier; same root cause: Certificate or credential expiry; also on Payments');
    const unfinished = archive.byId
      .get('2026-01-20-certificate-expiry-internal-mtls')!
      .data.actionItems.filter((item) => item.status === 'open' || item.status === 'in-progress');
    expect(unfinished.length).toBeGreaterThan(0);
    for (const item of unfinished) expect(banner).toContain(item.title);
  });
});
