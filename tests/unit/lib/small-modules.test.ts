import { describe, expect, it } from 'vitest';
import { isOverdue, isUnfinished } from '../../../src/lib/action-items.ts';
import { isInAudience } from '../../../src/lib/audience.ts';
import { buildDate } from '../../../src/lib/build-date.ts';
import { inlineCodePieces } from '../../../src/lib/inline-code.ts';
import { closestMatch, suggestion } from '../../../src/schema/suggest.ts';
import { editUrl, postmortemPath, withBase } from '../../../src/lib/urls.ts';
import { resolveSiteConfig } from '../../../src/site-config.ts';

describe('action items', () => {
  it('are overdue only when unfinished and past due', () => {
    expect(isOverdue({ status: 'open', due: '2025-12-15' }, '2026-01-01')).toBe(true);
    expect(isOverdue({ status: 'in-progress', due: '2025-12-31' }, '2026-01-01')).toBe(true);
    expect(isOverdue({ status: 'open', due: '2026-01-01' }, '2026-01-01')).toBe(false);
    expect(isOverdue({ status: 'done', due: '2025-01-01' }, '2026-01-01')).toBe(false);
    expect(isOverdue({ status: 'wont-do', due: '2025-01-01' }, '2026-01-01')).toBe(false);
    expect(isUnfinished({ status: 'in-progress' })).toBe(true);
  });
});

describe('audience', () => {
  const internal = { audience: 'internal' as const, includeUnpublished: false };
  const publicBuild = { audience: 'public' as const, includeUnpublished: false };
  it('keeps only published postmortems in a production build', () => {
    expect(isInAudience({ status: 'published', visibility: 'internal' }, internal)).toBe(true);
    expect(isInAudience({ status: 'draft', visibility: 'internal' }, internal)).toBe(false);
    expect(isInAudience({ status: 'review', visibility: 'public' }, internal)).toBe(false);
    expect(isInAudience({ status: 'draft' }, { ...internal, includeUnpublished: true })).toBe(true);
  });
  it('fails closed in a public build: anything not exactly public is left out', () => {
    expect(isInAudience({ status: 'published', visibility: 'public' }, publicBuild)).toBe(true);
    expect(isInAudience({ status: 'published', visibility: 'internal' }, publicBuild)).toBe(false);
    expect(isInAudience({ status: 'published' }, publicBuild)).toBe(false);
    expect(isInAudience({ status: 'published', visibility: 'Public' }, publicBuild)).toBe(false);
  });
});

describe('suggestions', () => {
  it('suggests a close id or lists the known ones', () => {
    expect(closestMatch('chekout', ['checkout', 'search'])).toBe('checkout');
    expect(closestMatch('zzzz', ['checkout'])).toBeUndefined();
    expect(suggestion('zzzz', ['a', 'b'])).toBe('known: a, b');
    expect(suggestion('zzzz', [])).toBe('none are defined');
  });
});

describe('urls', () => {
  it('respect the base path', () => {
    expect(withBase('/', postmortemPath('x'))).toBe('/postmortems/x/');
    expect(withBase('/postmortems/', postmortemPath('x'))).toBe('/postmortems/postmortems/x/');
  });
  it('build edit links for GitHub and GitLab', () => {
    expect(editUrl('https://github.com/acme/pm/', 'main', 'content/postmortems/x.mdx')).toBe(
      'https://github.com/acme/pm/edit/main/content/postmortems/x.mdx',
    );
    expect(editUrl('https://gitlab.com/acme/pm.git', 'trunk', 'content/postmortems/x.mdx')).toBe(
      'https://gitlab.com/acme/pm/-/edit/trunk/content/postmortems/x.mdx',
    );
  });
});

describe('site config', () => {
  it('takes environment overrides and normalises the base path', () => {
    const config = resolveSiteConfig({
      HINDSIGHT_BASE: 'postmortems',
      HINDSIGHT_TITLE: 'Acme',
      HINDSIGHT_REPOSITORY_URL: 'https://github.com/acme/pm',
    });
    expect(config).toMatchObject({
      base: '/postmortems/',
      title: 'Acme',
      repositoryUrl: 'https://github.com/acme/pm',
      audience: 'internal',
    });
    expect(resolveSiteConfig({}).base).toBe('/');
    expect(resolveSiteConfig({}).repositoryUrl).toBeUndefined();
  });
  it('rejects an unknown audience instead of guessing', () => {
    expect(() => resolveSiteConfig({ HINDSIGHT_AUDIENCE: 'everyone' })).toThrow(/internal" or "public/);
  });
});

describe('build date', () => {
  it('is pinned by SOURCE_DATE_EPOCH', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1767225600' })).toBe('2026-01-01');
    expect(buildDate({}, new Date('2026-11-21T23:59:00Z'))).toBe('2026-11-21');
  });
});

describe('inline code in front-matter text', () => {
  it('splits backtick spans from text and leaves everything else as text', () => {
    expect(inlineCodePieces('raise `maxReplicas` to <b>80</b>')).toEqual([
      { text: 'raise ', code: false },
      { text: 'maxReplicas', code: true },
      { text: ' to <b>80</b>', code: false },
    ]);
    expect(inlineCodePieces('no code')).toEqual([{ text: 'no code', code: false }]);
  });
});

describe('reading the content folder', () => {
  it('accepts a folder relative to the project or an absolute one', async () => {
    const { readArchiveSources } = await import('../../../src/lib/read-sources.ts');
    const root = new URL('../../..', import.meta.url).pathname;
    const relative = readArchiveSources({ root, contentDir: 'tests/fixtures/basic/content' });
    const absolute = readArchiveSources({ root, contentDir: `${root}tests/fixtures/basic/content` });
    expect(relative.postmortems).toHaveLength(3);
    expect(absolute.postmortems.map((file) => file.path)).toEqual(relative.postmortems.map((file) => file.path));
    expect(absolute.services?.text).toBe(relative.services?.text);
  });
});
