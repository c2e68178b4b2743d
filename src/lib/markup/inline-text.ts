/** Front-matter text as markup: its backtick spans as `<code>`, everything else as text (see inline-code.ts). */
import { inlineCodePieces } from '../inline-code.ts';
import { el, type Markup } from './element.ts';

export const inlineTextMarkup = (text: string): Markup[] =>
  inlineCodePieces(text).map((piece) => (piece.code ? el('code', {}, piece.text) : piece.text));
