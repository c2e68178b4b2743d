import { describe, expect, it } from 'vitest';
import { BODY_WORDS, RECOMMENDED_LEARNINGS, REQUIRED_SECTIONS } from '../../../../src/schema/rules.ts';
import { guidePageData, guideValues, type GuideSources } from '../../../../src/lib/pages/guide.ts';
import { ACTION_TYPES, EVENT_KINDS } from '../../../../src/schema/vocabulary.ts';

const sources: GuideSources = {
  intro: '<p>How to write one for {archiveTitle}.</p>',
  steps: '<p>Write <code>{postmortemFolder}/x.mdx</code>.</p>',
  writing:
    '<p>{{event-kinds}}</p>\n<p>In {requiredSectionCount} sections, {requiredSections}, {bodyWordsMin} to {bodyWordsMax} words.</p>',
  check: '<p>Check.</p>',
  fields: '<p>Fields.</p>',
  taxonomyFields: '<p><code>{contentDir}/services.yaml</code></p>',
  import: '<p>Every guess is marked <code>{placeholderMarker}</code>.</p>',
};
const entry = (id: string) => ({ id, name: id.toUpperCase() });
const guide = guidePageData({
  sources,
  title: 'Tidewater & co',
  contentDir: 'archive',
  taxonomies: {
    services: new Map([
      ['search', entry('search')],
      ['checkout', entry('checkout')],
    ]),
    teams: new Map(),
    rootCauses: new Map([['bug', entry('bug')]]),
  },
});

describe('the writing guide', () => {
  it('states the rules with the values the check enforces', () => {
    const body = guide.prose.writing[1];
    expect(body).toEqual({
      html: `<p>In two sections, ${REQUIRED_SECTIONS.map((section) => `<q>${section}</q>`).join(' and ')}, ${BODY_WORDS.min} to ${BODY_WORDS.max} words.</p>`,
    });
    expect(guideValues('x', 'content')).toMatchObject({
      recommendedLearnings: String(RECOMMENDED_LEARNINGS),
      severe: 'SEV1 or SEV2',
      repeatStopping: 'detects or prevents',
      guidanceComment: 'Writing guide',
      onceKinds: { html: '<code>started</code>, <code>detected</code> and <code>mitigated</code>' },
    });
  });

  it("names the archive and its content folder as this build's settings say", () => {
    expect(guide.prose.intro).toEqual([{ html: '<p>How to write one for Tidewater &amp; co.</p>' }]);
    expect(guide.prose.steps).toEqual([{ html: '<p>Write <code>archive/postmortems/x.mdx</code>.</p>' }]);
    expect(guide.prose.import).toEqual([{ html: '<p>Every guess is marked <code>TODO:</code>.</p>' }]);
  });

  it('describes every timeline kind and action-item type, in the order of the format', () => {
    expect(guide.eventKinds.map((term) => term.term)).toEqual([...EVENT_KINDS]);
    expect(guide.actionTypes.map((term) => term.term)).toEqual([...ACTION_TYPES]);
    expect(guide.eventKinds.find((term) => term.term === 'misleading')).toMatchObject({ label: 'Misleading lead' });
    for (const term of [...guide.eventKinds, ...guide.actionTypes]) expect(term.description).not.toBe('');
  });

  it("lists each taxonomy's ids sorted, with its file in the content folder", () => {
    const [services, teams, rootCauses] = guide.taxonomyIds;
    expect(services).toMatchObject({ title: 'Services', file: 'archive/services.yaml' });
    expect(services!.entries.map((service) => service.id)).toEqual(['checkout', 'search']);
    expect(teams!.entries).toEqual([]);
    expect(rootCauses!.file).toBe('archive/root-causes.yaml');
  });
});
