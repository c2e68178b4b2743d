/** Small helpers to read built HTML the way a person reads the page. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readPage(outDir: string, path: string): string {
  return readFileSync(join(outDir, path.replace(/^\//, ''), path.endsWith('.html') ? '' : 'index.html'), 'utf8');
}

/** An attribute value or text with the entities Astro writes decoded (`&amp;` last, so `&amp;lt;` stays `&lt;`). */
export function decodeEntities(text: string): string {
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Visible text: tags, scripts and styles removed, entities decoded, whitespace collapsed. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text of the first element carrying `attribute="value"` (the element must not nest its own tag). */
export function textOfElement(html: string, attribute: string, value: string): string | undefined {
  const match = new RegExp(`<(\\w+)[^>]*\\s${attribute}="${value}"[^>]*>([\\s\\S]*?)</\\1>`).exec(html);
  return match ? visibleText(match[2]!) : undefined;
}
