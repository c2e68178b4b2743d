/**
 * GitHub's REST API: GET /repos/{owner}/{repo}/issues/{n} (state, closed_at,
 * state_reason) and /pulls/{n} (also merged_at). The same code talks to
 * api.github.com and to the local fake in the tests.
 */
import { getJson, normalInstant, type HttpOptions } from './http.ts';
import type { TrackerLink } from './links.ts';
import { badAnswer, type TrackerReply } from './reply.ts';

export const GITHUB_API = 'https://api.github.com';

export interface GithubClientOptions extends HttpOptions {
  /** API root, e.g. https://api.github.com or https://github.example.com/api/v3. */
  apiBase: string;
  /** Sent as a bearer token when set; unauthenticated requests work, with a low rate limit. */
  token?: string;
}

export async function askGithub(
  ticket: Extract<TrackerLink, { tracker: 'github' }>,
  options: GithubClientOptions,
): Promise<TrackerReply> {
  const path = `/repos/${encodeURIComponent(ticket.owner)}/${encodeURIComponent(ticket.repo)}/${ticket.kind === 'pull' ? 'pulls' : 'issues'}/${ticket.number}`;
  const headers: Record<string, string> = {
    accept: 'application/vnd.github+json',
    'x-github-api-version': '2022-11-28',
    'user-agent': 'hindsight-sync',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const reply = await getJson(`${options.apiBase.replace(/\/+$/, '')}${path}`, headers, options);
  if (!reply.ok) return reply;
  const body = reply.body as { state?: unknown; closed_at?: unknown; state_reason?: unknown; merged_at?: unknown };
  if (body?.state !== 'open' && body?.state !== 'closed') return badAnswer('the answer had no state open or closed');
  if (body.state === 'open') return { ok: true, answer: { state: 'open' } };
  if (ticket.kind === 'pull') {
    const merged = normalInstant(body.merged_at);
    const closedAt = merged ?? normalInstant(body.closed_at);
    return { ok: true, answer: { state: 'closed', closedAt, resolution: merged ? 'merged' : 'not merged' } };
  }
  const reason = typeof body.state_reason === 'string' && body.state_reason ? body.state_reason : undefined;
  return { ok: true, answer: { state: 'closed', closedAt: normalInstant(body.closed_at), resolution: reason } };
}
