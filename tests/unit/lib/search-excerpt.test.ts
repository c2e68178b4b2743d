import { describe, expect, it } from 'vitest';
import { densestWindow, narrativeExcerpt } from '../../../src/lib/search-excerpt.ts';

/** Pagefind's result data for `text` with `matches` (word positions) each scoring 1. */
function source(text: string, matches: number[]) {
  return {
    raw_content: text,
    locations: matches,
    weighted_locations: matches.map((location) => ({ location, balanced_score: 1 })),
  };
}

// Words 0-3 are indexed terms ranked before the narrative; the narrative starts at word 4.
const TEXT =
  'auth Accounts and sign-in. The auth service reported store errors as invalid sessions, so everyone was signed out.';

describe('search excerpts from the narrative', () => {
  it('quotes the narrative around a match and marks it, never the terms before the narrative', () => {
    const excerpt = narrativeExcerpt(source(TEXT, [0, 5]), 4, 6);
    expect(excerpt).toBe('The <mark>auth</mark> service reported store errors …');
  });

  it('quotes the start of the narrative when only the terms matched', () => {
    expect(narrativeExcerpt(source(TEXT, [0, 1]), 4, 3)).toBe('The auth service …');
  });

  it('puts the window where most matches are, with a little context before, and says where text was cut', () => {
    const words = Array.from({ length: 40 }, (_, index) => `w${index}`);
    const matches = [6, 30, 31, 32];
    const start = densestWindow(
      matches.map((location) => ({ location, balanced_score: 1 })),
      0,
      10,
      words.length,
    );
    expect(start).toBe(28);
    const excerpt = narrativeExcerpt(source(words.join(' '), matches), 0, 10);
    expect(excerpt).toBe('… w28 w29 <mark>w30</mark> <mark>w31</mark> <mark>w32</mark> w33 w34 w35 w36 w37 …');
  });

  it('does not run past the end of the text', () => {
    expect(narrativeExcerpt(source('a b c d e', [4]), 0, 3)).toBe('… c d <mark>e</mark>');
  });

  it('is empty for a page with no narrative', () => {
    expect(narrativeExcerpt(source('only terms', [0]), 2, 30)).toBe('');
  });
});
