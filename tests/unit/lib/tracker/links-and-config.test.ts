import { describe, expect, it } from 'vitest';
import { resolveTrackerConfig } from '../../../../src/lib/tracker/config.ts';
import { readTrackerLink } from '../../../../src/lib/tracker/links.ts';

describe('readTrackerLink', () => {
  it('reads GitHub issues and pull requests', () => {
    expect(readTrackerLink('https://github.com/acme/shop/issues/12')).toEqual({
      syncable: true,
      ticket: { tracker: 'github', kind: 'issue', owner: 'acme', repo: 'shop', number: 12 },
    });
    expect(readTrackerLink('https://github.com/acme/shop.web/pull/7/')).toEqual({
      syncable: true,
      ticket: { tracker: 'github', kind: 'pull', owner: 'acme', repo: 'shop.web', number: 7 },
    });
    // A comment anchor still names the issue.
    expect(readTrackerLink('https://github.com/acme/shop/issues/12#issuecomment-1')?.syncable).toBe(true);
  });

  it('names GitHub pages that are no ticket', () => {
    for (const link of [
      'https://github.com/acme/shop/projects/1',
      'https://github.com/acme/shop/issues',
      'https://github.com/acme/shop/pull/7/files',
    ]) {
      expect(readTrackerLink(link), link).toEqual({
        syncable: false,
        reason: 'is on GitHub but not an issue or pull request URL',
      });
    }
  });

  it('reads Jira issues only on the configured site', () => {
    const site = 'https://acme.atlassian.net';
    expect(readTrackerLink('https://acme.atlassian.net/browse/OPS-42', site)).toEqual({
      syncable: true,
      ticket: { tracker: 'jira', key: 'OPS-42' },
    });
    expect(readTrackerLink('https://acme.atlassian.net/browse/OPS-42')).toBeUndefined();
    expect(readTrackerLink('https://other.atlassian.net/browse/OPS-42', site)).toBeUndefined();
    expect(readTrackerLink('https://acme.atlassian.net/issues/?jql=x', site)?.syncable).toBe(false);
    // A site below a path, as Jira Data Center is often served.
    expect(
      readTrackerLink('https://intranet.example.com/jira/browse/OPS-1', 'https://intranet.example.com/jira'),
    ).toMatchObject({ syncable: true });
  });

  it('ignores other trackers and text that is no URL', () => {
    expect(readTrackerLink('https://tracker.example.com/OPS-1203')).toBeUndefined();
    expect(readTrackerLink('not a url')).toBeUndefined();
  });
});

describe('resolveTrackerConfig', () => {
  it('defaults to api.github.com, reads tokens, and uses the Jira site as its API unless told otherwise', () => {
    expect(resolveTrackerConfig({})).toEqual({ github: { apiBase: 'https://api.github.com', token: undefined } });
    expect(
      resolveTrackerConfig({
        GITHUB_TOKEN: 'ghp_x',
        HINDSIGHT_JIRA_URL: 'https://acme.atlassian.net/',
        JIRA_EMAIL: 'ana@example.com',
        JIRA_TOKEN: 'secret',
      }),
    ).toEqual({
      github: { apiBase: 'https://api.github.com', token: 'ghp_x' },
      jira: {
        siteUrl: 'https://acme.atlassian.net',
        apiBase: 'https://acme.atlassian.net',
        token: 'secret',
        email: 'ana@example.com',
      },
    });
  });

  it('refuses a setting that is not a URL, naming it', () => {
    expect(() => resolveTrackerConfig({ HINDSIGHT_JIRA_URL: 'jira.example.com' })).toThrow(
      'HINDSIGHT_JIRA_URL must be an http(s) URL, not "jira.example.com"',
    );
    expect(() => resolveTrackerConfig({ HINDSIGHT_GITHUB_API: 'ftp://x' })).toThrow(/^HINDSIGHT_GITHUB_API must be/);
  });
});
