import { describe, expect, it } from 'vitest';
import { actionItemRowMarkup } from '../../../../src/lib/insights/action-item-markup.ts';
import type { ActionItemRow } from '../../../../src/lib/insights/action-item-list.ts';
import { toDom } from '../../../../src/lib/markup/to-dom.ts';
import { toHtml } from '../../../../src/lib/markup/to-html.ts';
import { domTree, fakeDocument, parseHtml } from '../markup/markup-trees.ts';

const incident = { url: '/postmortems/a/', title: 'Checkout <img src=x onerror=alert(1)> down', started: '2025-03-01' };
const row: ActionItemRow = {
  title: 'Rotate `api` certs <script>alert(1)</script>',
  owner: `o'brien "ops"`,
  due: '2025-04-01',
  status: 'in-progress',
  type: 'detect',
  link: 'https://tracker.example/1?a=1&b="2"',
  overdue: true,
  incident: 0,
};

describe('action-item row markup', () => {
  it('is the same on the server and in the browser', () => {
    for (const item of [row, { ...row, link: undefined, overdue: false, status: 'done' as const }]) {
      const markup = actionItemRowMarkup(item, incident);
      expect(domTree(toDom(markup, fakeDocument))).toEqual(parseHtml(toHtml(markup))[0]);
    }
  });

  it('shows code spans, labels, dates and the overdue flag, and hostile text as text', () => {
    const html = toHtml(actionItemRowMarkup(row, incident));
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain('data-owner="o&#39;brien &quot;ops&quot;"');
    expect(html).toContain('<code>api</code>');
    expect(html).toContain('<span class="action-status status-in-progress">In progress</span>');
    expect(html).toContain('<td class="type">Detect</td>');
    expect(html).toContain('<span class="overdue-flag">Overdue</span>');
    expect(html).toContain('<a href="https://tracker.example/1?a=1&amp;b=&quot;2&quot;" rel="noopener noreferrer">');
  });
});
