/**
 * Local fakes of the GitHub and Jira REST APIs (node:http), answering with
 * the JSON shapes their documentation gives, including rate-limit and 404
 * answers. The sync talks to them through the same clients as to the real
 * services, with another base URL.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeGithubIssue {
  state: 'open' | 'closed';
  closed_at?: string | null;
  state_reason?: 'completed' | 'not_planned' | 'reopened' | null;
  /** Pull requests only. */
  merged_at?: string | null;
}

export interface FakeJiraIssue {
  statusName: string;
  category: 'new' | 'indeterminate' | 'done';
  resolutiondate?: string | null;
}

export interface FakeServer {
  url: string;
  /** Path and authorization header of every request, in order. */
  requests: { path: string; authorization?: string }[];
  close(): Promise<void>;
}

async function serve(handle: (request: IncomingMessage, response: ServerResponse) => void): Promise<FakeServer> {
  const requests: FakeServer['requests'] = [];
  const server: Server = createServer((request, response) => {
    requests.push({ path: request.url ?? '', authorization: request.headers.authorization });
    handle(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A request left hanging on purpose would otherwise hold the server open.
        server.closeAllConnections();
      }),
  };
}

const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
};

export interface FakeGithubOptions {
  /** "owner/repo/issues/12" or "owner/repo/pulls/7" -> the issue or pull request. */
  issues: Record<string, FakeGithubIssue>;
  /** Answer every request as GitHub does when the rate limit is used up: 403, or 429 (secondary limit). */
  rateLimited?: 403 | 429;
  /** Paths that never answer (for timeouts). */
  hang?: string[];
}

/** GET /repos/{owner}/{repo}/issues/{n} and /pulls/{n}. */
export function fakeGithub(options: FakeGithubOptions): Promise<FakeServer> {
  return serve((request, response) => {
    const match = /^\/repos\/([^/]+)\/([^/]+)\/(issues|pulls)\/(\d+)$/.exec(request.url ?? '');
    const key = match ? `${match[1]}/${match[2]}/${match[3]}/${match[4]}` : '';
    if (options.hang?.includes(key)) return;
    if (options.rateLimited === 403) {
      return sendJson(
        response,
        403,
        {
          message: 'API rate limit exceeded for 127.0.0.1.',
          documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        },
        { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1798765200' },
      );
    }
    if (options.rateLimited === 429) {
      return sendJson(response, 429, { message: 'You have exceeded a secondary rate limit.' }, { 'retry-after': '60' });
    }
    const issue = options.issues[key];
    if (!match || !issue) {
      return sendJson(response, 404, {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/issues/issues#get-an-issue',
        status: '404',
      });
    }
    const [, owner, repo, kind, number] = match;
    const html = `https://github.com/${owner}/${repo}/${kind === 'pulls' ? 'pull' : 'issues'}/${number}`;
    const body: Record<string, unknown> = {
      url: `${request.headers.host}${request.url}`,
      html_url: html,
      number: Number(number),
      title: `Fake ${kind} ${number}`,
      state: issue.state,
      closed_at: issue.closed_at ?? null,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-02T00:00:00Z',
    };
    if (kind === 'issues') body.state_reason = issue.state_reason ?? null;
    else body.merged_at = issue.merged_at ?? null;
    sendJson(response, 200, body, { 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '59' });
  });
}

export interface FakeJiraOptions {
  /** Issue key -> its status. */
  issues: Record<string, FakeJiraIssue>;
  rateLimited?: boolean;
}

/** GET /rest/api/2/issue/{key}?fields=status,resolutiondate. */
export function fakeJira(options: FakeJiraOptions): Promise<FakeServer> {
  return serve((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    const key = /^\/rest\/api\/2\/issue\/([^/]+)$/.exec(url.pathname)?.[1];
    if (options.rateLimited) {
      return sendJson(response, 429, { errorMessages: ['Rate limit exceeded.'] }, { 'retry-after': '30' });
    }
    const issue = key ? options.issues[decodeURIComponent(key)] : undefined;
    if (!key || !issue) {
      return sendJson(response, 404, {
        errorMessages: ['Issue does not exist or you do not have permission to see it.'],
        errors: {},
      });
    }
    const categoryNames = { new: 'To Do', indeterminate: 'In Progress', done: 'Done' };
    sendJson(response, 200, {
      expand: 'renderedFields,names,schema',
      id: '10001',
      self: `${url.origin}/rest/api/2/issue/10001`,
      key,
      fields: {
        status: {
          name: issue.statusName,
          statusCategory: { id: 3, key: issue.category, colorName: 'green', name: categoryNames[issue.category] },
        },
        resolutiondate: issue.resolutiondate ?? null,
      },
    });
  });
}
