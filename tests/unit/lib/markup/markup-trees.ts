/**
 * Test helpers that read back what the two markup adapters produce, each into
 * the same plain tree: a small parser for the HTML toHtml writes (the subset a
 * browser would read as elements, attributes and text), and a fake `document`
 * for toDom.
 */
import type { NodeFactory } from '../../../../src/lib/markup/to-dom.ts';

export type Tree = { tag: string; attrs: [string, string][]; children: Tree[] } | string;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]!);
const TOKEN = /<\/([a-z][a-z0-9-]*)>|<([a-z][a-z0-9-]*)((?:\s[a-z][a-z0-9-]*="[^"]*")*)>|([^<]+)/gy;

/** Parses toHtml's output; throws on anything else (a stray `<` would be markup a browser reads). */
export function parseHtml(html: string): Tree[] {
  const root: Tree[] = [];
  const stack: { tag: string; children: Tree[] }[] = [{ tag: '', children: root }];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < html.length) {
    const match = TOKEN.exec(html);
    if (!match)
      throw new Error(`unexpected markup at ${TOKEN.lastIndex}: ${html.slice(TOKEN.lastIndex, TOKEN.lastIndex + 20)}`);
    const [, close, open, attributes, text] = match;
    const parent = stack.at(-1)!;
    if (text !== undefined) parent.children.push(decode(text));
    else if (open) {
      const attrs = [...attributes!.matchAll(/\s([a-z][a-z0-9-]*)="([^"]*)"/g)].map(
        ([, name, value]) => [name!, decode(value!)] as [string, string],
      );
      const element = { tag: open, attrs, children: [] as Tree[] };
      parent.children.push(element);
      stack.push(element);
    } else {
      if (parent.tag !== close) throw new Error(`</${close}> closes <${parent.tag}>`);
      stack.pop();
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.tag}>`);
  return root;
}

class FakeText {
  readonly data: string;
  constructor(data: string) {
    this.data = data;
  }
}

class FakeElement {
  readonly attributes: [string, string][] = [];
  readonly childNodes: (FakeElement | FakeText)[] = [];
  readonly tagName: string;
  constructor(tagName: string) {
    this.tagName = tagName;
  }
  setAttribute(name: string, value: string) {
    this.attributes.push([name, String(value)]);
  }
  append(...nodes: (FakeElement | FakeText)[]) {
    this.childNodes.push(...nodes);
  }
}

/** Just enough of `document` for toDom: nodes that remember what was put in them. */
export const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag),
  createTextNode: (text: string) => new FakeText(text),
} as unknown as NodeFactory;

/** A fake DOM node as a tree, adjacent text nodes joined as a parser would join them. */
export function domTree(node: Node): Tree {
  if (node instanceof FakeText) return node.data;
  const element = node as unknown as FakeElement;
  return {
    tag: element.tagName,
    attrs: element.attributes,
    children: joinText(element.childNodes.map((child) => domTree(child as unknown as Node))),
  };
}

export function joinText(trees: Tree[]): Tree[] {
  const joined: Tree[] = [];
  for (const tree of trees) {
    if (tree === '') continue;
    const last = joined.at(-1);
    if (typeof tree === 'string' && typeof last === 'string') joined[joined.length - 1] = last + tree;
    else joined.push(tree);
  }
  return joined;
}
