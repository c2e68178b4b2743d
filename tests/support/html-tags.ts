/**
 * The start tags of a built page, read the way a browser reads them: a `<`
 * inside a quoted attribute value is part of the value, and a script's body
 * is raw text up to its end tag. Enough to ask which elements a page has; not
 * a full HTML parser.
 */
export interface StartTag {
  name: string;
  attributes: Map<string, string>;
  /** Offset of the tag in the page. */
  index: number;
  /** A script's or style's raw text. */
  body?: string;
}

const TAG =
  /<!--[\s\S]*?-->|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const RAW_TEXT = new Set(['script', 'style']);

export function startTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (!match[1]) continue; // a comment
    const name = match[1].toLowerCase();
    const attributes = new Map<string, string>();
    for (const [, key, double, single, bare] of match[2]!.matchAll(ATTRIBUTE))
      attributes.set(key!.toLowerCase(), double ?? single ?? bare ?? '');
    const tag: StartTag = { name, attributes, index: match.index };
    if (RAW_TEXT.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      tag.body = html.slice(TAG.lastIndex, end < 0 ? html.length : end);
      TAG.lastIndex = end < 0 ? html.length : end;
    }
    tags.push(tag);
  }
  return tags;
}
