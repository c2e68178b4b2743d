/**
 * The filters every interactive page keeps in its URL query (/, /search/,
 * /insights/, /action-items/): one key per filter, the same on every page, and
 * ids as values, never display names, so `?service=checkout` means the same
 * wherever it is pasted. Each page reads the keys it offers and ignores the rest.
 */
export const URL_KEYS = [
  'q',
  'severity',
  'service',
  'team',
  'cause',
  'detected',
  'year',
  'period',
  'open',
  'status',
  'owner',
  'type',
  'overdue',
  'sort',
] as const;
export type UrlKey = (typeof URL_KEYS)[number];

/** A query's values by key, in the order they came, without blanks or repeats. */
export type UrlValues = Partial<Record<UrlKey, string[]>>;

/** Keys older links carry, read as the key that replaced them: /search/ said `detection` where / said `detected`. */
export const KEY_ALIASES: Readonly<Record<string, UrlKey>> = { detection: 'detected' };

const isUrlKey = (key: string): key is UrlKey => (URL_KEYS as readonly string[]).includes(key);

/** Reads every known key (and alias) of a query string. */
export function readQuery(query: string | URLSearchParams): UrlValues {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values: UrlValues = {};
  for (const [name, raw] of params) {
    const key = isUrlKey(name) ? name : Object.hasOwn(KEY_ALIASES, name) ? KEY_ALIASES[name] : undefined;
    const value = raw.trim();
    if (!key || !value) continue;
    const list = (values[key] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  return values;
}

/** `?severity=SEV2&service=checkout`: keys in URL_KEYS order, values in the order given; '' when empty. */
export function writeQuery(values: UrlValues): string {
  const params = new URLSearchParams();
  for (const key of URL_KEYS) for (const value of values[key] ?? []) if (value) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The id a link's value stands for: the value itself when it is an id, else
 * the id whose display name it is (older /search/ links carried names, any
 * case), else the value unchanged (the page decides whether to keep it).
 */
export function canonicalValue(value: string, labels: Readonly<Record<string, string>> = {}): string {
  if (Object.hasOwn(labels, value)) return value;
  const wanted = value.toLowerCase();
  return Object.keys(labels).find((id) => labels[id]!.toLowerCase() === wanted) ?? value;
}

/** Each value as its id, without repeats. */
export function canonicalValues(values: readonly string[], labels?: Readonly<Record<string, string>>): string[] {
  return [...new Set(values.map((value) => canonicalValue(value, labels)))];
}

/**
 * This page's address (`href`) with another query and fragment, absolute. A
 * path starting `//` (a host that merges slashes serves `//?service=x` as the
 * index) would, written relative, name another host, and history.replaceState
 * would throw and stop the page's filters.
 */
export function withQuery(href: string, query: string, hash = ''): string {
  const url = new URL(href);
  url.search = query;
  url.hash = hash;
  return url.href;
}
