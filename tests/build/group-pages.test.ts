/**
 * The same-cause panel, contributing factors and group figures as built from
 * the example archive. Expected numbers come from the content read from disk
 * (through the check engine, not Astro) and from the built /action-items/
 * data, so a page whose figure disagrees with the rest of the site fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { buildDate } from '../../src/lib/build-date.ts';
import { checkArchive } from '../../src/lib/check/index.ts';
import { buildIncidentArchive } from '../../src/lib/incident/archive.ts';
import { toInsightIncident } from '../../src/lib/incident/insight-record.ts';
import type { ActionItemList } from '../../src/lib/insights/action-item-list.ts';
import { countActionItems } from '../../src/lib/insights/action-items.ts';
import { rankContributingFactors } from '../../src/lib/insights/breakdowns.ts';
import { readArchiveSources } from '../../src/lib/read-sources.ts';
import { PROJECT_ROOT, TEST_BUILD_EPOCH } from '../support/fixture-build.ts';
import { readPage, textOfElement, visibleText } from '../support/html.ts';

const { example } = inject('builds');
const TODAY = buildDate({ SOURCE_DATE_EPOCH: TEST_BUILD_EPOCH });

/** The example archive's published incidents, read without Astro. */
function exampleFromDisk() {
  const result = checkArchive(readArchiveSources({ root: PROJECT_ROOT, contentDir: 'content' }));
  const taxonomy = (file: string) =>
    new Map(
      (parseYaml(readFileSync(join(PROJECT_ROOT, 'content', file), 'utf8')) as { id: string; name: string }[]).map(
        (entry) => [entry.id, entry],
      ),
    );
  return buildIncidentArchive(
    result.postmortems
      .filter((postmortem) => postmortem.data?.status === 'published')
      .map((postmortem) => ({ id: postmortem.id, data: postmortem.data! })),
    { services: taxonomy('services.yaml'), teams: taxonomy('teams.yaml'), rootCauses: taxonomy('root-causes.yaml') },
    { base: '/', contentDir: 'content' },
  );
}

const archive = exampleFromDisk();
const stat = (html: string, name: string) => textOfElement(html, 'data-stat', name);
/** The part of a page inside the section labelled by `id`. */
const section = (html: string, id: string) => {
  const start = html.indexOf(`aria-labelledby="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
};
const postmortemLinks = (html: string) =>
  [...html.matchAll(/href="(\/postmortems\/[^"]+\/)"/g)].map((match) => match[1]!);

describe('the same-root-cause panel on a postmortem page', () => {
  it('lists every other incident of the cause, marking those also under Related, for each certificate expiry', () => {
    const certificates = archive.byRootCause.get('certificate-expiry')!;
    expect(certificates).toHaveLength(3);
    for (const incident of certificates) {
      const html = readPage(example.outDir, incident.url);
      const panel = section(html, 'same-cause');
      const others = certificates.filter((other) => other !== incident);
      expect(postmortemLinks(panel).sort()).toEqual(others.map((other) => other.url).sort());
      const related = new Set((archive.related.get(incident.id) ?? []).map((other) => other.id));
      expect(visibleText(panel).split('also related').length - 1).toBe(
        others.filter((other) => related.has(other.id)).length,
      );
      expect(visibleText(panel)).toContain('All 3 postmortems with this root cause');
      expect(panel).toContain('href="/root-causes/certificate-expiry/"');
      expect(visibleText(html)).not.toContain('No other postmortem has this root-cause category');
    }
  });

  it('lists the four earlier configuration changes on the fifth', () => {
    const changes = archive.byRootCause.get('config-change')!;
    expect(changes).toHaveLength(5);
    const [fifth, ...earlier] = changes;
    const panel = section(readPage(example.outDir, fifth!.url), 'same-cause');
    expect(postmortemLinks(panel)).toEqual(earlier.map((incident) => incident.url));
    expect(visibleText(panel)).toContain('All 5 postmortems with this root cause');
  });

  it('links each contributing factor to its root-cause page', () => {
    const incident = archive.incidents.find((candidate) => (candidate.data.contributingFactors ?? []).length > 1)!;
    const html = readPage(example.outDir, incident.url);
    for (const factor of incident.data.contributingFactors!) expect(html).toContain(`href="/root-causes/${factor}/"`);
  });
});

describe('root-cause pages', () => {
  const ranked = rankContributingFactors(archive.incidents.map(toInsightIncident));
  const list = readPage(example.outDir, 'root-causes/');

  it('count incidents with it as root cause and as a contributing factor, as the insights rank factors', () => {
    for (const id of archive.rootCauses.keys()) {
      const html = readPage(example.outDir, `root-causes/${id}/`);
      const asFactor = ranked.find((factor) => factor.id === id)?.count ?? 0;
      const asCause = archive.byRootCause.get(id)?.length ?? 0;
      expect([stat(html, 'count'), stat(html, 'factor-count')], id).toEqual([String(asCause), String(asFactor)]);
      expect(postmortemLinks(section(html, 'contributing')), id).toHaveLength(asFactor);
      const row = new RegExp(`<tr data-group="${id}"[^>]*>([\\s\\S]*?)</tr>`).exec(list)![1]!;
      expect(textOfElement(row, 'data-cell', 'count'), id).toBe(String(asCause));
      expect(textOfElement(row, 'data-cell', 'factor-count'), id).toBe(String(asFactor));
    }
    // The factor the insights rank first is no longer a page that says 0.
    expect(ranked[0]!.count).toBeGreaterThan(5);
    expect(stat(readPage(example.outDir, `root-causes/${ranked[0]!.id}/`), 'factor-count')).toBe(
      String(ranked[0]!.count),
    );
  });

  it('list the action items of their incidents, unfinished first, and have insights', () => {
    const html = readPage(example.outDir, 'root-causes/certificate-expiry/');
    const items = section(html, 'action-items');
    const statuses = [...items.matchAll(/<tr data-status="([a-z-]+)"/g)].map((match) => match[1]!);
    const incidents = archive.byRootCause.get('certificate-expiry')!;
    expect(statuses).toHaveLength(incidents.reduce((sum, incident) => sum + incident.data.actionItems.length, 0));
    const firstFinished = statuses.findIndex((status) => status === 'done' || status === 'wont-do');
    expect(statuses.slice(firstFinished).every((status) => status === 'done' || status === 'wont-do')).toBe(true);
    expect(firstFinished).toBeGreaterThan(0);
    expect(html).toContain('<h2 id="group-insights">Insights for Certificate or credential expiry</h2>');
    expect(html).toContain('data-insights-panels');
  });
});

describe('action-item figures on group pages', () => {
  const { rows, incidents } = JSON.parse(
    readFileSync(join(example.outDir, 'action-items.json'), 'utf8'),
  ) as ActionItemList;

  it('equal the /action-items/ data of the postmortems each page lists', () => {
    for (const kind of ['services', 'teams', 'root-causes', 'tags']) {
      for (const id of readdirSync(join(example.outDir, kind), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)) {
        const html = readPage(example.outDir, `${kind}/${id}/`);
        const urls = new Set(postmortemLinks(section(html, 'postmortems')));
        const counts = countActionItems(
          rows.filter((row) => urls.has(incidents[row.incident]!.url)),
          TODAY,
        );
        const where = `${kind}/${id}`;
        expect(stat(html, 'unfinished-action-items'), where).toBe(String(counts.open + counts.inProgress));
        expect(stat(html, 'action-item-breakdown'), where).toBe(
          `${counts.open} open , ${counts.inProgress} in progress , ${counts.overdue} overdue`,
        );
      }
    }
  });
});
