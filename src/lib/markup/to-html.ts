/** Markup to HTML text for the build: every text and attribute value escaped. */
import { checkName, type Markup } from './element.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

export function toHtml(markup: Markup | readonly Markup[]): string {
  if (typeof markup === 'string') return escapeHtml(markup);
  if (Array.isArray(markup)) return markup.map((node: Markup) => toHtml(node)).join('');
  const { tag, attrs, children } = markup as Exclude<Markup, string>;
  const attributes = Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${checkName(name)}="${escapeHtml(value)}"`)
    .join('');
  return `<${checkName(tag)}${attributes}>${toHtml(children)}</${tag}>`;
}
