/** Markdown turned into the plain text front-matter fields hold, and cut to size. */

/** Markdown to the plain text front-matter fields hold (backticks kept: they render as code). */
export function plainText(lines: readonly string[]): string {
  return lines
    .map((line) =>
      line
        .replace(/<!--[\s\S]*?-->/g, '')
        .replace(/^\s{0,3}(?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?/, '')
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/<(https?:\/\/[^>]+)>/g, '$1')
        .replace(/<br\s*\/?>/gi, ' ')
        .replace(/<\/?[a-z][^>]*>/gi, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|\W)[*_](\S.*?\S|\S)[*_](?=\W|$)/g, '$1$2')
        .trim(),
    )
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences of a text, for picking the ones about impact or cause. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9"`])/).filter(Boolean);
}

/** At most `limit` characters, cut after a sentence when possible. */
export function clip(text: string, limit: number): { text: string; clipped: boolean } {
  if (text.length <= limit) return { text, clipped: false };
  let result = '';
  for (const sentence of sentences(text)) {
    if (`${result} ${sentence}`.trim().length > limit) break;
    result = `${result} ${sentence}`.trim();
  }
  return { text: result || `${text.slice(0, limit - 1).trimEnd()}…`, clipped: true };
}

/** Paragraphs of a section, split at blank lines. */
export function paragraphs(lines: readonly string[]): string[][] {
  const result: string[][] = [[]];
  for (const line of lines) {
    if (line.trim()) result.at(-1)!.push(line);
    else if (result.at(-1)!.length > 0) result.push([]);
  }
  return result.filter((paragraph) => paragraph.length > 0);
}

/** The items of the lists in a section, as plain text. */
export function listItems(lines: readonly string[]): string[] {
  const items: string[][] = [];
  for (const line of lines) {
    if (/^\s{0,3}(?:[-*+]|\d+[.)])\s+/.test(line)) items.push([line]);
    else if (line.trim() && items.length > 0 && /^\s+\S/.test(line)) items.at(-1)!.push(line);
  }
  return items.map((item) => plainText(item)).filter(Boolean);
}
