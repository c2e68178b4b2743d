/**
 * Markdown compiled to HTML, made ready to place in a page: `{name}`
 * placeholders take values the code defines (so a rule stated in prose is
 * never retyped), a paragraph holding only `{{name}}` marks where the page
 * puts a component, and line breaks within text become spaces, as Astro
 * writes its own templates.
 */
import { escapeXml } from './xml.ts';

/** A run of HTML, or the name of the component the page puts there. */
export type MarkdownPart = { html: string } | { block: string };

/** A placeholder's value: text (escaped here) or markup the code built. */
export type PlaceholderValue = string | { html: string };

const BLOCK = /<p>\{\{([\w-]+)\}\}<\/p>/;
const PLACEHOLDER = /(?<!\{)\{(\w+)\}(?!\})/g;
const PRE = /(<pre[\s>][\s\S]*?<\/pre>)/;

/** Spaces for line breaks outside <pre>; inside it, only the final line break goes. */
function compact(html: string): string {
  return html
    .split(PRE)
    .map((chunk, index) =>
      index % 2 === 1 ? chunk.replace(/\n(<\/code><\/pre>)$/, '$1') : chunk.replace(/\s*\n\s*/g, ' '),
    )
    .join('')
    .trim();
}

export function markdownParts(html: string, values: Readonly<Record<string, PlaceholderValue>>): MarkdownPart[] {
  const filled = html.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for the placeholder {${name}}`);
    return typeof value === 'string' ? escapeXml(value) : value.html;
  });
  return filled
    .split(BLOCK)
    .map((chunk, index): MarkdownPart => (index % 2 === 1 ? { block: chunk } : { html: compact(chunk) }))
    .filter((part) => !('html' in part) || part.html !== '');
}
