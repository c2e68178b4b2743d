import { describe, expect, it } from 'vitest';
import { markdownParts } from '../../../src/lib/markdown-parts.ts';

describe('Markdown prose made ready for a page', () => {
  it('fills placeholders with escaped text or with markup the code built', () => {
    const parts = markdownParts('<p>Aim for {count} learnings in <code>{folder}</code>; {list}.</p>', {
      count: '3',
      folder: 'a<b>',
      list: { html: '<q>A</q> and <q>B</q>' },
    });
    expect(parts).toEqual([{ html: '<p>Aim for 3 learnings in <code>a&lt;b&gt;</code>; <q>A</q> and <q>B</q>.</p>' }]);
  });

  it('refuses a placeholder it has no value for, so a typo cannot reach the page', () => {
    expect(() => markdownParts('<p>{missing}</p>', {})).toThrow('{missing}');
  });

  it('splits around the paragraphs that name a component', () => {
    expect(markdownParts('<h3>Kinds</h3>\n<p>{{event-kinds}}</p>\n<p>After.</p>', {})).toEqual([
      { html: '<h3>Kinds</h3>' },
      { block: 'event-kinds' },
      { html: '<p>After.</p>' },
    ]);
  });

  it('turns line breaks in text into spaces, keeping those inside code blocks but the last', () => {
    const html =
      '<li><strong>Scaffold</strong> it\nnow:\n<pre><code>npm run new -- \\\n  --yes\n</code></pre>\nDone.</li>';
    expect(markdownParts(html, {})).toEqual([
      { html: '<li><strong>Scaffold</strong> it now: <pre><code>npm run new -- \\\n  --yes</code></pre> Done.</li>' },
    ]);
  });
});
