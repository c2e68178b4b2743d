import { describe, expect, it } from 'vitest';
import { el } from '../../../../src/lib/markup/element.ts';
import { toDom } from '../../../../src/lib/markup/to-dom.ts';
import { toHtml } from '../../../../src/lib/markup/to-html.ts';
import { domTree, fakeDocument, parseHtml } from './markup-trees.ts';

describe('markup to DOM', () => {
  it('builds the same elements, attributes and text the HTML adapter writes', () => {
    const markup = el(
      'tr',
      { 'data-owner': `o'brien "ops"` },
      el('td', {}, '<img src=x onerror=alert(1)>', el('code', {}, 'a & b')),
      el('td', { title: undefined }, ''),
    );
    expect(domTree(toDom(markup, fakeDocument))).toEqual(parseHtml(toHtml(markup))[0]);
  });

  it('puts text in text nodes, never as markup', () => {
    const node = toDom(el('p', {}, '<b>bold</b>'), fakeDocument);
    expect(domTree(node)).toEqual({ tag: 'p', attrs: [], children: ['<b>bold</b>'] });
  });

  it('refuses a tag name that is not a plain name', () => {
    expect(() => toDom(el('a onclick', {}), fakeDocument)).toThrow(/not a valid/);
  });
});
