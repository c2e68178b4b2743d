/**
 * Front-matter text may mark code with backticks, as in Markdown. Only that:
 * the pieces are rendered as text, so nothing else in the string becomes markup.
 */
export interface InlinePiece {
  text: string;
  code: boolean;
}

export function inlineCodePieces(text: string): InlinePiece[] {
  const pieces: InlinePiece[] = [];
  const pattern = /`([^`]+)`/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) pieces.push({ text: text.slice(last, match.index), code: false });
    pieces.push({ text: match[1]!, code: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), code: false });
  return pieces;
}
