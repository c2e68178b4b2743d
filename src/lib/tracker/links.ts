/**
 * Which action-item links a tracker can be asked about: GitHub issues and pull
 * requests, and Jira issues on the configured Jira site.
 */

export type TrackerLink =
  | { tracker: 'github'; kind: 'issue' | 'pull'; owner: string; repo: string; number: number }
  | { tracker: 'jira'; key: string };

export type LinkReading =
  /** A ticket a tracker can be asked about. */
  | { syncable: true; ticket: TrackerLink }
  /** On a tracker's site, but not a ticket it can answer for (a project board, a search). */
  | { syncable: false; reason: string }
  /** Not a tracker this archive syncs with: nothing to say. */
  | undefined;

const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);
const GITHUB_TICKET = /^\/([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)\/(issues|pull)\/(\d+)\/?$/;
const JIRA_KEY = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;

const withoutSlash = (path: string) => path.replace(/\/+$/, '');

/** What a link points at, for syncing; `jiraUrl` is the Jira site, when one is configured. */
export function readTrackerLink(link: string, jiraUrl?: string): LinkReading {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if (GITHUB_HOSTS.has(url.hostname.toLowerCase())) {
    const match = GITHUB_TICKET.exec(url.pathname);
    if (!match) return { syncable: false, reason: 'is on GitHub but not an issue or pull request URL' };
    const [, owner, repo, kind, number] = match;
    return {
      syncable: true,
      ticket: {
        tracker: 'github',
        kind: kind === 'pull' ? 'pull' : 'issue',
        owner: owner!,
        repo: repo!,
        number: Number(number),
      },
    };
  }
  if (jiraUrl) {
    const site = new URL(jiraUrl);
    const sitePath = withoutSlash(site.pathname);
    if (url.origin === site.origin && url.pathname.startsWith(`${sitePath}/`)) {
      const rest = url.pathname.slice(sitePath.length);
      const key = /^\/browse\/([^/]+)\/?$/.exec(rest)?.[1];
      if (key && JIRA_KEY.test(key)) return { syncable: true, ticket: { tracker: 'jira', key } };
      return { syncable: false, reason: 'is on the Jira site but not an issue URL (…/browse/KEY-123)' };
    }
  }
  return undefined;
}
