/**
 * Counting and listing in English, for messages, alt texts and templates.
 * Import-free, so the browser bundle can use it too.
 */

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** "1 incident", "3 incidents", "1,200 incidents"; `pluralWord` for irregular plurals. */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${COUNT.format(count)} ${count === 1 ? word : pluralWord}`;
}

/** "a", "a or b", "a, b or c". */
export function orList(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** "a", "a and b", "a, b and c". */
export function andList(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
