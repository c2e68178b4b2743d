/**
 * Jira's REST API: GET /rest/api/2/issue/{key}?fields=status,resolutiondate;
 * closed means status category "done". Jira Cloud takes an email and API
 * token (basic auth), Data Center a personal access token (bearer).
 */
import { getJson, normalInstant, type HttpOptions } from './http.ts';
import type { TrackerLink } from './links.ts';
import { badAnswer, type TrackerReply } from './reply.ts';

export interface JiraClientOptions extends HttpOptions {
  /** The site's REST root, e.g. https://acme.atlassian.net. */
  apiBase: string;
  token?: string;
  /** With a token: basic auth as Jira Cloud wants it; without: the token is a bearer token. */
  email?: string;
}

export async function askJira(
  ticket: Extract<TrackerLink, { tracker: 'jira' }>,
  options: JiraClientOptions,
): Promise<TrackerReply> {
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'hindsight-sync' };
  if (options.token) {
    headers.authorization = options.email
      ? `Basic ${Buffer.from(`${options.email}:${options.token}`).toString('base64')}`
      : `Bearer ${options.token}`;
  }
  const url = `${options.apiBase.replace(/\/+$/, '')}/rest/api/2/issue/${encodeURIComponent(ticket.key)}?fields=status,resolutiondate`;
  const reply = await getJson(url, headers, options);
  if (!reply.ok) return reply;
  const fields = (reply.body as { fields?: { status?: unknown; resolutiondate?: unknown } })?.fields;
  const status = fields?.status as { name?: unknown; statusCategory?: { key?: unknown } } | undefined;
  const category = status?.statusCategory?.key;
  if (typeof category !== 'string') return badAnswer('the answer had no status category');
  const resolution = typeof status?.name === 'string' && status.name.trim() ? status.name.trim() : undefined;
  if (category !== 'done') return { ok: true, answer: { state: 'open', resolution } };
  return { ok: true, answer: { state: 'closed', closedAt: normalInstant(fields?.resolutiondate), resolution } };
}
