/**
 * Markdown as written in wikis, made safe for MDX, which reads `{` as code
 * and `<` as a component: HTML comments become MDX comments, autolinks
 * become links, `<br>` a line break, simple formatting tags their Markdown,
 * and any other brace or angle bracket is escaped. Code stays as it is.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INLINE_TAGS: Record<string, string> = { b: '**', strong: '**', i: '_', em: '_', code: '`' };

function escapeProse(text: string): string {
  return text
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
  const withComments = markdown.replace(/<!--([\s\S]*?)-->/g, (_, inner: string) => {
    const text = inner
      .replace(/\*\//g, '* /')
      .replace(/[{}]/g, '')
      .replace(/\s*\n\s*/g, ' ')
      .trim();
    return `\u0000{/* ${text} */}\u0000`;
  });
  let fence: string | undefined;
  return withComments
    .split('\n')
    .map((line) => {
      const fenceMatch = FENCE.exec(line);
      if (fenceMatch) {
        if (!fence) fence = fenceMatch[1]![0];
        else if (fenceMatch[1]![0] === fence) fence = undefined;
        return line;
      }
      if (fence) return line;
      // Keep the comments made above; escape everything around them.
      return line
        .split(/(\u0000[^\u0000]*\u0000)/)
        .map((part) => (part.startsWith('\u0000') ? part.slice(1, -1) : escapeLine(part)))
        .join('');
    })
    .join('\n')
    .replace(/\u0000/g, '');
}
