import { describe, expect, it } from 'vitest';
import { el } from '../../../../src/lib/markup/element.ts';
import { toHtml } from '../../../../src/lib/markup/to-html.ts';
import { parseHtml } from './markup-trees.ts';

const HOSTILE = `<img src=x onerror="alert(1)"> & </td><script>alert('x')</script>`;

describe('markup to HTML', () => {
  it('writes hostile text as text: no element, and the same characters back', () => {
    const html = toHtml(el('td', { class: 'title' }, HOSTILE));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(parseHtml(html)).toEqual([{ tag: 'td', attrs: [['class', 'title']], children: [HOSTILE] }]);
  });

  it('keeps quotes inside attribute values', () => {
    const html = toHtml(el('a', { href: `/x" onmouseover="alert(1)`, title: `it's <b>` }, 'link'));
    expect(html).toBe('<a href="/x&quot; onmouseover=&quot;alert(1)" title="it&#39;s &lt;b&gt;">link</a>');
    expect(parseHtml(html)).toEqual([
      {
        tag: 'a',
        attrs: [
          ['href', `/x" onmouseover="alert(1)`],
          ['title', `it's <b>`],
        ],
        children: ['link'],
      },
    ]);
  });

  it('leaves out undefined attributes and keeps empty ones', () => {
    expect(toHtml(el('th', { scope: undefined, class: '' }, 'a'))).toBe('<th class="">a</th>');
  });

  it('refuses tag and attribute names that are not plain names', () => {
    expect(() => toHtml(el('img src=x', {}))).toThrow(/not a valid/);
    expect(() => toHtml(el('td', { 'onclick="x"': 'y' }))).toThrow(/not a valid/);
  });
});
