/**
 * A search result's excerpt, taken from the narrative only. Each incident page
 * indexes a few words before its narrative (title, service, team and cause ids
 * and names; see src/lib/incident/search-record.ts) so they rank; pagefind
 * would quote them, so the page builds the excerpt itself, the way pagefind
 * does (the densest window of matches), from the words after them.
 */

/** A matched word in pagefind's result data: its position among the page's words and its score. */
export interface ScoredLocation {
  location: number;
  balanced_score: number;
}

export interface ExcerptSource {
  /** Pagefind's `raw_content`: the indexed text, HTML-escaped. */
  raw_content: string;
  /** Positions of every matched word. */
  locations: readonly number[];
  weighted_locations: readonly ScoredLocation[];
}

// Pagefind's own word boundaries (pagefind.js `word_separators`), so positions line up.
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;
const ELLIPSIS = '…';

/** The start of the `length`-word window after `from` that holds the highest total score. */
export function densestWindow(
  locations: readonly ScoredLocation[],
  from: number,
  length: number,
  wordCount: number,
): number {
  const scores = new Map<number, number>();
  for (const { location, balanced_score } of locations) {
    if (location >= from) scores.set(location, (scores.get(location) ?? 0) + balanced_score);
  }
  let best = from;
  let bestScore = 0;
  // Only windows that start at a match can be densest; centre the first match a little for context.
  for (const start of [...scores.keys()].sort((a, b) => a - b)) {
    let score = 0;
    for (const [location, value] of scores) if (location >= start && location < start + length) score += value;
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  const lead = bestScore > 0 ? Math.floor(length / 5) : 0;
  return Math.max(from, Math.min(best - lead, wordCount - length));
}

/**
 * About `length` words of the narrative (from word `from` on) with matched words
 * in <mark>, as HTML in the shape pagefind's own excerpts have.
 */
export function narrativeExcerpt(source: ExcerptSource, from: number, length: number): string {
  const words = source.raw_content.split(WORD_SEPARATORS);
  const start = densestWindow(source.weighted_locations, from, length, words.length);
  const end = Math.min(words.length, start + length);
  const marked = new Set(source.locations);
  const shown = words
    .slice(start, end)
    .map((word, index) => (marked.has(start + index) ? `<mark>${word}</mark>` : word));
  const text = shown.join(' ').trim();
  if (text === '') return '';
  return `${start > from ? `${ELLIPSIS} ` : ''}${text}${end < words.length ? ` ${ELLIPSIS}` : ''}`;
}
