/**
 * Search on the example archive (content/) with the real pagefind index: what
 * people type (service, team and cause ids and names) finds and ranks the
 * incidents filed under it, excerpts quote the narrative and nothing the page
 * adds around it, dates read as on every page, the index is fetched before the
 * first keystroke, and on a phone the first result is on the first screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { Incident } from '../../src/lib/incident/incident.ts';
import { formatCalendarDate } from '../../src/lib/time/format.ts';
import { archiveFromContent } from '../support/content-archive.ts';
import { PROJECT_ROOT } from '../support/fixture-build.ts';
import { searchAgain, searchFor } from './support/search-results.ts';
import { useBrowserSession } from './support/session.ts';

const { example } = inject('builds');
const archive = archiveFromContent('content');
const PHONE = { width: 375, height: 667 };
// Tests that search once per service, team and cause: a loaded machine can take minutes.
const MANY_QUERIES_MS = 600_000;

/** Every taxonomy entry with incidents: its id, its name, and the URLs of its incidents. */
function taxonomyGroups(): { kind: string; id: string; name: string; urls: string[] }[] {
  const groups = [
    ...[...archive.services].map(([id, { name }]) => ({
      kind: 'service',
      id,
      name,
      has: (incident: Incident) => incident.data.services.includes(id),
    })),
    ...[...archive.teams].map(([id, { name }]) => ({
      kind: 'team',
      id,
      name,
      has: (incident: Incident) => incident.teams.includes(id),
    })),
    ...[...archive.rootCauses].map(([id, { name }]) => ({
      kind: 'root cause',
      id,
      name,
      has: (incident: Incident) => incident.data.rootCause.category === id,
    })),
  ];
  return groups
    .map(({ has, ...group }) => ({ ...group, urls: archive.incidents.filter(has).map((incident) => incident.url) }))
    .filter((group) => group.urls.length > 0);
}

/** Words as excerpts and sources both reduce to them: letters and digits, lower case. */
const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Every pair of neighbouring words in an incident's own writing: title, summary,
 * impact, timeline, root cause, action items, learnings and the MDX body.
 */
function narrativePairs(incident: Incident): Set<string> {
  const { data } = incident;
  const source = readFileSync(join(PROJECT_ROOT, incident.filePath), 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const texts = [
    data.title,
    data.summary,
    data.trigger ?? '',
    data.impact.description,
    ...data.timeline.map((event) => event.text),
    data.rootCause.description,
    ...(data.rootCause.whys ?? []),
    ...data.actionItems.map((item) => item.title),
    ...data.learnings,
    ...(data.lucky ?? []),
    body,
  ];
  const pairs = new Set<string>();
  for (const text of texts) {
    const words = tokens(text);
    words.forEach((word, index) => index > 0 && pairs.add(`${words[index - 1]} ${word}`));
  }
  return pairs;
}

/**
 * Neighbouring words in an excerpt that no sentence of the incident has side by
 * side: page chrome ("Services Payments", "2026Overdue", "10:30 PDT+5 min").
 * A pair across a word that ends in punctuation may join two paragraphs and is skipped.
 */
function strangePairs(excerpt: string, pairs: Set<string>): string[] {
  const words = excerpt.replace(/…/g, ' ').split(/\s+/).filter(Boolean);
  const strange: string[] = [];
  words.forEach((word, index) => {
    const inside = tokens(word);
    // Within one word (no space): "2026Overdue" is two words run together.
    inside.forEach((token, at) => at > 0 && !pairs.has(`${inside[at - 1]} ${token}`) && strange.push(word));
    const previous = words[index - 1];
    if (!previous || /[^\p{L}\p{N}]$/u.test(previous) || inside.length === 0) return;
    const pair = `${tokens(previous).at(-1)} ${inside[0]}`;
    if (!pairs.has(pair)) strange.push(`${previous} ${word}`);
  });
  return strange;
}

describe('search on the example archive', () => {
  const session = useBrowserSession(example);
  const groups = taxonomyGroups();

  it('finds every incident on a service by its id: storefront-web', async () => {
    const page = await (await session.newContext()).newPage();
    const expected = archive.incidents.filter((incident) => incident.data.services.includes('storefront-web'));
    expect(expected.length).toBeGreaterThan(2);
    const results = await searchFor(page, session.url, 'storefront-web');
    expect(new Set(results.map((result) => result.href))).toEqual(new Set(expected.map((incident) => incident.url)));
  });

  it('ranks an incident on the auth service first for `auth`, not one that says "authorisation"', async () => {
    const page = await (await session.newContext()).newPage();
    const [first] = await searchFor(page, session.url, 'auth');
    const onAuth = archive.incidents.filter((incident) => incident.data.services.includes('auth'));
    expect(onAuth.map((incident) => incident.url)).toContain(first?.href);
  });

  it(
    'finds, and ranks first, an incident of each service, team and root cause for its id and its name',
    async () => {
      const page = await (await session.newContext()).newPage();
      await searchFor(page, session.url, 'incident');
      const misses: string[] = [];
      for (const group of groups) {
        for (const query of new Set([group.id, group.name])) {
          const found = (await searchAgain(page, query)).map((result) => result.href);
          const missing = group.urls.filter((url) => !found.includes(url));
          if (missing.length > 0) misses.push(`${group.kind} "${query}" misses ${missing.join(', ')}`);
          if (!group.urls.includes(found[0]!)) misses.push(`${group.kind} "${query}" ranks ${found[0]} first`);
        }
      }
      expect(misses).toEqual([]);
    },
    MANY_QUERIES_MS,
  );

  it(
    'quotes only what the incident says, never the facts, labels and tables around it',
    async () => {
      const page = await (await session.newContext()).newPage();
      const pairsByUrl = new Map(archive.incidents.map((incident) => [incident.url, narrativePairs(incident)]));
      // Ids and names match the chrome that used to leak; the other words are in the facts, timeline and tables.
      const queries = [
        ...new Set(groups.flatMap((group) => [group.id, group.name])),
        'overdue',
        'progress',
        'detected',
        'resolved',
        'misleading',
        'customers',
        'minutes',
        'PDT',
      ];
      const leaks: string[] = [];
      let excerpts = 0;
      await searchFor(page, session.url, 'incident');
      for (const query of queries) {
        for (const result of await searchAgain(page, query)) {
          const pairs = pairsByUrl.get(result.href);
          expect(pairs, `${result.href} is a published incident`).toBeDefined();
          excerpts += 1;
          expect(result.excerpt.trim()).not.toBe('');
          const strange = strangePairs(result.excerpt, pairs!);
          if (strange.length > 0)
            leaks.push(`"${query}" on ${result.href}: ${strange.join(' | ')} in "${result.excerpt}"`);
        }
      }
      expect(excerpts).toBeGreaterThan(100);
      expect(leaks).toEqual([]);
    },
    MANY_QUERIES_MS,
  );

  it('dates results as every page does: "4 Mar 2026"', async () => {
    const page = await (await session.newContext()).newPage();
    const results = await searchFor(page, session.url, 'certificate');
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const incident = archive.incidents.find((candidate) => candidate.url === result.href)!;
      expect(result.date).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
      expect(result.date).toBe(formatCalendarDate(incident.date));
    }
  });

  it('fetches the word index before the first keystroke', async () => {
    const page = await (await session.newContext()).newPage();
    const indexRequested = page.waitForRequest((request) => /\/pagefind\/index\/[^/]+\.pf_index$/.test(request.url()));
    await page.goto(new URL('search/', session.url).href);
    // Nothing typed yet: the page asked for the index on its own.
    await indexRequested;
    expect(await page.inputValue('#search-query')).toBe('');
    await page.locator('#search-query').fill('certificate');
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
  });

  it('on a 375 px phone, folds the filters and shows the first result on the first screen', async () => {
    const context = await session.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await searchFor(page, session.url, 'certificate');
    // What the first result is and when it happened are on the first screen, and its excerpt starts there.
    const first = page.locator('.search-result').first();
    for (const part of ['.result-head', '.result-meta', '.result-excerpt']) {
      const box = (await first.locator(part).boundingBox())!;
      expect(box.y, part).toBeGreaterThanOrEqual(0);
      if (part === '.result-excerpt') expect(box.y, part).toBeLessThan(PHONE.height);
      else expect(box.y + box.height, part).toBeLessThanOrEqual(PHONE.height);
    }
    // The filters are one line until opened, and every option is still there.
    const filters = page.locator('[data-filters-disclosure]');
    expect(await filters.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    expect(await page.locator('input[name="service"]').first().isVisible()).toBe(false);
    await filters.locator('summary').click();
    await expect.poll(() => page.locator('input[name="service"]').first().isVisible()).toBe(true);
  });

  it('shows no "0" counts: filter options without a match are muted and say so to screen readers', async () => {
    const page = await (await session.newContext()).newPage();
    await searchFor(page, session.url, 'certificate');
    const empty = page.locator('.filter-option-empty');
    expect(await empty.count()).toBeGreaterThan(0);
    const visibleCounts = await page.locator('.filter-option .count:not(.visually-hidden)').allTextContents();
    expect(visibleCounts).not.toContain('0');
    expect(await empty.first().locator('.count').textContent()).toBe('(no matches)');
    // Still an option: it can be ticked (the list is drawn again, so find it by its id).
    const id = await empty.first().locator('input').getAttribute('id');
    await page.locator(`#${id}`).click();
    await expect.poll(() => page.locator(`#${id}`).isChecked()).toBe(true);
  });
});
