/**
 * Markdown as written in wikis, made safe for MDX, which reads `{` as code
 * and `<` as a component: HTML comments become MDX comments, autolinks
 * become links, `<br>` a line break, simple formatting tags their Markdown,
 * and any other brace or angle bracket is escaped. Code stays as it is.
 */

import { fenceCloses, fenceOpening } from './markdown.ts';

const INLINE_TAGS: Record<string, string> = { b: '**', strong: '**', i: '_', em: '_', code: '`' };

/** An image the archive cannot show (another site, another folder) becomes a link to it, or its alt text. */
function imageAsLink(_: string, alt: string, src: string): string {
  if (/^\.\/images\/[\w.-]+\.(png|jpe?g|gif|webp|avif)$/i.test(src)) return `![${alt}](${src})`;
  const label = alt.trim() || 'image';
  return /^https?:\/\//i.test(src) ? `[${label} (image)](${src})` : `${label} (image ${src}, not imported)`;
}

function escapeProse(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, imageAsLink)
    .replace(
      /^(\s*)(import|export)\b/,
      (_, space: string, word: string) => `${space}&#${word.charCodeAt(0)};${word.slice(1)}`,
    )
    .replace(/<(https?:\/\/[^\s>]+)>/g, '[$1]($1)')
    .replace(/<([\w.+-]+@[\w-]+\.[\w.-]+)>/g, '[$1](mailto:$1)')
    .replace(/<br\s*\/?>/gi, '<br />')
    .replace(/<\/?(b|strong|i|em|code)>/gi, (_, tag: string) => INLINE_TAGS[tag.toLowerCase()]!)
    .replace(/<\/?(?:span|font|div|p|u|small|sup|sub|details|summary|center)\b[^>]*>/gi, '')
    .replace(/[{}]/g, (brace) => `\\${brace}`)
    .replace(/<(?!br \/>)/g, '&lt;');
}

/** Escapes one line outside code spans. */
function escapeLine(line: string): string {
  const parts = line.split(/(`+[^`]*`+)/);
  return parts.map((part, index) => (index % 2 === 1 ? part : escapeProse(part))).join('');
}

export function toMdxSafe(markdown: string): string {
  // HTML comments, even across lines, become MDX comments (they still do not render).
  // An image whose address starts on the next line is still one image.
  const withComments = markdown
    .replace(/(!\[[^\]\n]*\]\()\s*\n\s*/g, '$1')
    .replace(/<!--([\s\S]*?)-->/g, (_, inner: string) => {
      const text = inner
        .replace(/\*\//g, '* /')
        .replace(/[{}]/g, '')
        .replace(/\s*\n\s*/g, ' ')
        .trim();
      return `\u0000{/* ${text} */}\u0000`;
    });
  let fence: string | undefined;
  const safe = withComments
    .split('\n')
    .map((line) => {
      if (fence) {
        if (fenceCloses(line, fence)) fence = undefined;
        return line;
      }
      const opening = fenceOpening(line);
      if (opening) {
        fence = opening;
        return line;
      }
      // Keep the comments made above; escape everything around them.
      return line
        .split(/(\u0000[^\u0000]*\u0000)/)
        .map((part) => (part.startsWith('\u0000') ? part.slice(1, -1) : escapeLine(part)))
        .join('');
    })
    .join('\n')
    .replace(/\u0000/g, '');
  // A fence left open would swallow every section after this text.
  return fence ? `${safe}\n${fence}` : safe;
}
