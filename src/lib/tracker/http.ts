/**
 * One GET of a tracker's REST API, with a timeout, read into JSON or into a
 * problem that says what went wrong (rate limit, not found, network) in words
 * a person can act on. Never throws.
 */

export type TrackerProblemKind =
  'rate-limited' | 'not-found' | 'unauthorized' | 'forbidden' | 'http' | 'network' | 'timeout' | 'bad-answer';

export interface TrackerProblem {
  kind: TrackerProblemKind;
  message: string;
}

export type JsonReply = { ok: true; body: unknown } | { ok: false; problem: TrackerProblem };

export interface HttpOptions {
  /** Milliseconds before a request is given up. */
  timeoutMs?: number;
  /** The fetch to use; tests and the CLI use the global one. */
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/** "resets at 01:23 UTC" from GitHub's x-ratelimit-reset (epoch seconds) or a Retry-After in seconds. */
function rateLimitWhen(headers: Headers): string {
  const reset = Number(headers.get('x-ratelimit-reset'));
  if (Number.isFinite(reset) && reset > 0) {
    return ` (resets at ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC)`;
  }
  const retryAfter = headers.get('retry-after');
  return retryAfter && /^\d+$/.test(retryAfter) ? ` (retry after ${retryAfter} s)` : '';
}

const isRateLimit = (response: Response) =>
  response.status === 429 ||
  (response.status === 403 &&
    (response.headers.get('x-ratelimit-remaining') === '0' || response.headers.has('retry-after')));

export async function getJson(
  url: string,
  headers: Record<string, string>,
  options: HttpOptions = {},
): Promise<JsonReply> {
  const doFetch = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let response: Response;
  try {
    response = await doFetch(url, { headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return { ok: false, problem: { kind: 'timeout', message: `no answer within ${timeoutMs / 1000} s` } };
    }
    const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error)?.message ?? String(error);
    return { ok: false, problem: { kind: 'network', message: `could not reach ${new URL(url).host} (${detail})` } };
  }
  if (isRateLimit(response)) {
    await response.body?.cancel();
    return {
      ok: false,
      problem: { kind: 'rate-limited', message: `rate limit reached${rateLimitWhen(response.headers)}` },
    };
  }
  if (!response.ok) {
    await response.body?.cancel();
    const kind: TrackerProblemKind =
      response.status === 404
        ? 'not-found'
        : response.status === 401
          ? 'unauthorized'
          : response.status === 403
            ? 'forbidden'
            : 'http';
    const words: Record<TrackerProblemKind, string> = {
      'not-found': 'not found (HTTP 404); a private repository or project needs a token',
      unauthorized: 'the token was refused (HTTP 401)',
      forbidden: 'access denied (HTTP 403)',
      http: `HTTP ${response.status}`,
      'rate-limited': '',
      network: '',
      timeout: '',
      'bad-answer': '',
    };
    return { ok: false, problem: { kind, message: words[kind] } };
  }
  try {
    return { ok: true, body: await response.json() };
  } catch {
    return { ok: false, problem: { kind: 'bad-answer', message: 'the answer was not JSON' } };
  }
}

/** An ISO 8601 instant in UTC from a tracker's date text, or undefined when it is not one. */
export function normalInstant(text: unknown): string | undefined {
  if (typeof text !== 'string') return undefined;
  // Jira writes offsets without a colon (+0000); Date reads the ISO form.
  const iso = text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().replace('.000Z', 'Z');
}
