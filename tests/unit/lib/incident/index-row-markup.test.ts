import { describe, expect, it } from 'vitest';
import type { IndexRow } from '../../../../src/lib/incident/index-row.ts';
import { indexRowMarkup } from '../../../../src/lib/incident/index-row-markup.ts';
import { toDom } from '../../../../src/lib/markup/to-dom.ts';
import { toHtml } from '../../../../src/lib/markup/to-html.ts';
import { domTree, fakeDocument, parseHtml } from '../markup/markup-trees.ts';

const row: IndexRow = {
  id: '2025-03-01-checkout',
  url: '/postmortems/2025-03-01-checkout/',
  title: 'Checkout <img src=x onerror=alert(1)> down',
  summary: 'A "quoted" & <b>bold</b> summary',
  date: '2025-03-01',
  severity: 'SEV1',
  status: 'published',
  services: ['checkout', 'constructor'],
  teams: [],
  cause: 'config-change',
  tags: [],
  detectedBy: 'monitoring',
  startedAt: 0,
  ttdMinutes: 9,
  ttmMinutes: 125,
  impactMinutes: 134,
  unfinishedActionItems: 0,
};
const names = { checkout: 'Checkout' };

describe('a postmortem table row', () => {
  it('is the same on the server and in the browser, published or not', () => {
    for (const item of [row, { ...row, status: 'review' }]) {
      const markup = indexRowMarkup(item, names);
      expect(domTree(toDom(markup, fakeDocument))).toEqual(parseHtml(toHtml(markup))[0]);
    }
  });

  it('shows the date, severity, durations (impact last) and service names, and hostile text as text', () => {
    const html = toHtml(indexRowMarkup(row, names));
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain('<time datetime="2025-03-01">1 Mar 2025</time>');
    expect(html).toContain('title="Severity SEV1 (critical)">SEV1</span>');
    expect(html).toContain('<td class="services">Checkout, constructor</td>');
    expect(html).toContain('<td class="num" data-duration="ttm">2 h 05 min</td>');
    expect(html).toContain('<td class="num" data-duration="impact">2 h 14 min</td>');
    expect(html).not.toContain('badge-status');
    expect(toHtml(indexRowMarkup({ ...row, status: 'draft' }, names))).toContain(
      '<span class="badge badge-status badge-draft">Draft</span>',
    );
  });
});
