/**
 * The GitHub and Jira clients against local fakes of their REST APIs: the
 * same code that talks to api.github.com and a Jira site, with another base URL.
 */
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { askGithub } from '../../../../src/lib/tracker/github.ts';
import { askJira } from '../../../../src/lib/tracker/jira.ts';
import { fakeGithub, fakeJira, type FakeServer } from '../../../support/fake-trackers.ts';

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
const started = async (server: Promise<FakeServer>) => {
  const running = await server;
  servers.push(running);
  return running;
};

const issue = (number: number) => ({ tracker: 'github', kind: 'issue', owner: 'acme', repo: 'shop', number }) as const;
const pull = (number: number) => ({ tracker: 'github', kind: 'pull', owner: 'acme', repo: 'shop', number }) as const;

describe('GitHub client', () => {
  const issues = {
    'acme/shop/issues/1': { state: 'open' as const },
    'acme/shop/issues/2': {
      state: 'closed' as const,
      closed_at: '2026-03-12T15:04:05Z',
      state_reason: 'not_planned' as const,
    },
    'acme/shop/pulls/3': {
      state: 'closed' as const,
      closed_at: '2026-03-13T09:00:00Z',
      merged_at: '2026-03-13T09:00:00Z',
    },
    'acme/shop/pulls/4': { state: 'closed' as const, closed_at: '2026-03-14T09:00:00Z', merged_at: null },
  };

  it('reads state, closed_at and state_reason of an issue', async () => {
    const github = await started(fakeGithub({ issues }));
    expect(await askGithub(issue(1), { apiBase: github.url })).toEqual({ ok: true, answer: { state: 'open' } });
    expect(await askGithub(issue(2), { apiBase: github.url })).toEqual({
      ok: true,
      answer: { state: 'closed', closedAt: '2026-03-12T15:04:05Z', resolution: 'not_planned' },
    });
    expect(github.requests.map((request) => request.path)).toEqual([
      '/repos/acme/shop/issues/1',
      '/repos/acme/shop/issues/2',
    ]);
  });

  it('reads merged_at of a pull request, and says when one was closed unmerged', async () => {
    const github = await started(fakeGithub({ issues }));
    expect(await askGithub(pull(3), { apiBase: github.url })).toEqual({
      ok: true,
      answer: { state: 'closed', closedAt: '2026-03-13T09:00:00Z', resolution: 'merged' },
    });
    expect(await askGithub(pull(4), { apiBase: github.url })).toEqual({
      ok: true,
      answer: { state: 'closed', closedAt: '2026-03-14T09:00:00Z', resolution: 'not merged' },
    });
    expect(github.requests.map((request) => request.path)).toEqual([
      '/repos/acme/shop/pulls/3',
      '/repos/acme/shop/pulls/4',
    ]);
  });

  it('sends the token as a bearer token, and nothing without one', async () => {
    const github = await started(fakeGithub({ issues }));
    await askGithub(issue(1), { apiBase: github.url, token: 'ghp_example' });
    await askGithub(issue(1), { apiBase: `${github.url}/` });
    expect(github.requests.map((request) => request.authorization)).toEqual(['Bearer ghp_example', undefined]);
  });

  it('reports 404, both rate limits, a timeout and an unreachable host as problems, never a state', async () => {
    const github = await started(fakeGithub({ issues, hang: ['acme/shop/issues/1'] }));
    expect(await askGithub(issue(99), { apiBase: github.url })).toEqual({
      ok: false,
      problem: { kind: 'not-found', message: 'not found (HTTP 404); a private repository or project needs a token' },
    });
    expect(await askGithub(issue(1), { apiBase: github.url, timeoutMs: 200 })).toEqual({
      ok: false,
      problem: { kind: 'timeout', message: 'no answer within 0.2 s' },
    });

    const limited = await started(fakeGithub({ issues, rateLimited: 403 }));
    expect(await askGithub(issue(1), { apiBase: limited.url })).toEqual({
      ok: false,
      problem: { kind: 'rate-limited', message: 'rate limit reached (resets at 01:00 UTC)' },
    });
    const secondary = await started(fakeGithub({ issues, rateLimited: 429 }));
    expect(await askGithub(issue(1), { apiBase: secondary.url })).toEqual({
      ok: false,
      problem: { kind: 'rate-limited', message: 'rate limit reached (retry after 60 s)' },
    });

    const closedPort = await freePort();
    const unreachable = await askGithub(issue(1), { apiBase: `http://127.0.0.1:${closedPort}` });
    expect(unreachable).toEqual({
      ok: false,
      problem: { kind: 'network', message: `could not reach 127.0.0.1:${closedPort} (ECONNREFUSED)` },
    });
  });

  it('refuses an answer without a state instead of guessing one', async () => {
    const github = await started(fakeGithub({ issues: { 'acme/shop/issues/5': { state: 'merged' as never } } }));
    expect(await askGithub(issue(5), { apiBase: github.url })).toEqual({
      ok: false,
      problem: { kind: 'bad-answer', message: 'the answer had no state open or closed' },
    });
  });
});

describe('Jira client', () => {
  const issues = {
    'OPS-1': { statusName: 'In Progress', category: 'indeterminate' as const },
    'OPS-2': { statusName: 'Done', category: 'done' as const, resolutiondate: '2026-03-12T10:30:00.000+0100' },
    'OPS-3': { statusName: "Won't Do", category: 'done' as const, resolutiondate: null },
  };

  it('reads the status category and resolution date; done means closed', async () => {
    const jira = await started(fakeJira({ issues }));
    expect(await askJira({ tracker: 'jira', key: 'OPS-1' }, { apiBase: jira.url })).toEqual({
      ok: true,
      answer: { state: 'open', resolution: 'In Progress' },
    });
    expect(await askJira({ tracker: 'jira', key: 'OPS-2' }, { apiBase: jira.url })).toEqual({
      ok: true,
      answer: { state: 'closed', closedAt: '2026-03-12T09:30:00Z', resolution: 'Done' },
    });
    expect(await askJira({ tracker: 'jira', key: 'OPS-3' }, { apiBase: jira.url })).toEqual({
      ok: true,
      answer: { state: 'closed', closedAt: undefined, resolution: "Won't Do" },
    });
    expect(jira.requests[0]!.path).toBe('/rest/api/2/issue/OPS-1?fields=status,resolutiondate');
  });

  it('signs in with email and token (Cloud) or a token alone (Data Center)', async () => {
    const jira = await started(fakeJira({ issues }));
    await askJira({ tracker: 'jira', key: 'OPS-1' }, { apiBase: jira.url, email: 'ana@example.com', token: 'secret' });
    await askJira({ tracker: 'jira', key: 'OPS-1' }, { apiBase: jira.url, token: 'pat' });
    expect(jira.requests.map((request) => request.authorization)).toEqual([
      `Basic ${Buffer.from('ana@example.com:secret').toString('base64')}`,
      'Bearer pat',
    ]);
  });

  it('reports 404 and the rate limit as problems', async () => {
    const jira = await started(fakeJira({ issues }));
    expect((await askJira({ tracker: 'jira', key: 'OPS-404' }, { apiBase: jira.url })).ok).toBe(false);
    const limited = await started(fakeJira({ issues, rateLimited: true }));
    expect(await askJira({ tracker: 'jira', key: 'OPS-1' }, { apiBase: limited.url })).toEqual({
      ok: false,
      problem: { kind: 'rate-limited', message: 'rate limit reached (retry after 30 s)' },
    });
  });
});

/** A port nothing listens on: bound, then released. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
