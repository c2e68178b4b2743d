/**
 * Fits a chart's category label into the room beside or under its axis: broken
 * into lines at spaces, and cut with an ellipsis only when it still does not
 * fit. The chart's tooltip and the table beside it keep the full text.
 */

/** The width of a text, in whatever unit the room is given in. */
export type Measure = (text: string) => number;

export interface LineRoom {
  /** The widest a line may be. */
  maxWidth: number;
  maxLines: number;
  /** Defaults to counting characters, so `maxWidth` is a number of characters. */
  measure?: Measure;
}

export const ELLIPSIS = '…';

const countCharacters: Measure = (text) => [...text].length;

/** `text` shortened from its end until it and an ellipsis fit in `maxWidth`. */
function cut(text: string, maxWidth: number, measure: Measure): string {
  const characters = [...text];
  while (characters.length > 0) {
    const shortened = characters.join('').trimEnd();
    if (shortened && measure(shortened + ELLIPSIS) <= maxWidth) return shortened + ELLIPSIS;
    characters.pop();
  }
  return ELLIPSIS;
}

/** Words filled into lines no wider than `maxWidth`, a word wider than that alone on its line. */
function fill(words: string[], maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const longer = line ? `${line} ${word}` : word;
    if (!line || measure(longer) <= maxWidth) line = longer;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * The same number of lines as `lines`, made as even as they can be: "2026 Q4 /
 * (to 28 Nov)" rather than "2026 Q4 (to 28 / Nov)".
 */
function balance(words: string[], lines: string[], measure: Measure): string[] {
  const widest = Math.max(...lines.map(measure));
  const runs = new Set<number>();
  for (let first = 0; first < words.length; first += 1) {
    for (let last = first; last < words.length; last += 1) runs.add(measure(words.slice(first, last + 1).join(' ')));
  }
  // Any narrower fill that keeps the count is more even; the narrowest is the most even.
  for (const width of [...runs].filter((run) => run < widest).sort((a, b) => a - b)) {
    const narrower = fill(words, width, measure);
    if (narrower.length <= lines.length && narrower.every((line) => measure(line) <= width)) return narrower;
  }
  return lines;
}

/**
 * `label` in at most `maxLines` lines, each no wider than `maxWidth`: words are
 * kept whole where they fit, the last line ends in an ellipsis when words are
 * left over or a word is wider than a line.
 */
export function labelLines(label: string, room: LineRoom): string[] {
  const measure = room.measure ?? countCharacters;
  const maxLines = Math.max(1, Math.floor(room.maxLines));
  const words = label.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [''];

  const lines = fill(words, room.maxWidth, measure);
  const whole = lines.length <= maxLines && lines.every((line) => measure(line) <= room.maxWidth);
  if (whole) return lines.length > 1 ? balance(words, lines, measure) : lines;

  const kept = lines.slice(0, maxLines);
  const leftOver = lines.length > maxLines;
  return kept.map((text, index) => {
    const last = index === kept.length - 1;
    if (last && leftOver) {
      return measure(text + ELLIPSIS) <= room.maxWidth ? text + ELLIPSIS : cut(text, room.maxWidth, measure);
    }
    return measure(text) <= room.maxWidth ? text : cut(text, room.maxWidth, measure);
  });
}

/** Whether every word of `label` fits on a line of its own, so wrapping needs no cut inside a word. */
export function wordsFit(label: string, room: Pick<LineRoom, 'maxWidth' | 'measure'>): boolean {
  const measure = room.measure ?? countCharacters;
  return label
    .trim()
    .split(/\s+/)
    .every((word) => measure(word) <= room.maxWidth);
}
