/** File names for new postmortems: `<YYYY-MM-DD>-<slug>.mdx`, a valid id and URL. */

const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'and',
  'or',
  'by',
  'with',
  'after',
]);

/**
 * A short lowercase-kebab slug from a title: accents dropped, at most
 * `maxWords` meaningful words, never longer than `maxLength` characters.
 */
export function slugify(title: string, maxWords = 6, maxLength = 50): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const meaningful = words.filter((word) => !SMALL_WORDS.has(word));
  const chosen: string[] = [];
  for (const word of meaningful.length > 0 ? meaningful : words) {
    if (chosen.length === maxWords) break;
    if ([...chosen, word].join('-').length > maxLength) break;
    chosen.push(word);
  }
  return chosen.join('-') || 'incident';
}

/** `2025-03-01`, `checkout-pool` -> `2025-03-01-checkout-pool`. */
export function postmortemId(date: string, slug: string): string {
  return `${date}-${slug}`;
}
