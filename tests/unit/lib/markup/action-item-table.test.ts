import { describe, expect, it } from 'vitest';
import { actionItemTableRowMarkup } from '../../../../src/lib/markup/action-item-table.ts';
import { toHtml } from '../../../../src/lib/markup/to-html.ts';
import type { ActionItem } from '../../../../src/schema/postmortem.ts';

const item = {
  title: 'Alert on `queue_depth` <img src=x onerror=alert(1)>',
  owner: 'platform',
  due: '2026-03-13',
  status: 'in-progress',
  type: 'detect',
  link: 'https://github.com/acme/payments/issues/12',
} as ActionItem;

describe('action item table rows as markup', () => {
  it('shows the title with its code, and any markup in it as text', () => {
    const row = toHtml(actionItemTableRowMarkup({ item, overdue: false }));
    expect(row).toContain(
      '<td class="title">Alert on <code>queue_depth</code> &lt;img src=x onerror=alert(1)&gt;</td>',
    );
    expect(row).not.toContain('<img');
  });

  it('labels every cell for the phone layout and keeps all but the title out of search', () => {
    const row = toHtml(actionItemTableRowMarkup({ item, overdue: false }));
    expect(row).toContain('<td data-pagefind-ignore="" data-label="Owner">platform</td>');
    expect(row).toContain('<time datetime="2026-03-13">13 Mar 2026</time>');
    expect(row).toContain('<span class="action-status action-in-progress">In progress</span>');
    expect(row).toContain(
      '<a class="print-url" href="https://github.com/acme/payments/issues/12" rel="noopener noreferrer">acme/payments/issues/12</a>',
    );
    expect(row).not.toContain('Overdue');
  });

  it('flags an overdue item and shows a tracker that disagrees', () => {
    const row = toHtml(
      actionItemTableRowMarkup({
        item: { ...item, link: undefined },
        overdue: true,
        trackerMark: {
          kind: 'tracker-closed',
          text: 'Tracker says closed on 12 Mar 2026; postmortem says in progress',
        },
      }),
    );
    expect(row).toMatch(/^<tr class="status-in-progress overdue">/);
    expect(row).toContain('<span class="overdue-flag">Overdue</span>');
    expect(row).toContain('data-tracker-mark="tracker-closed"');
    expect(row).toContain('<span class="muted">—</span>');
  });
});
