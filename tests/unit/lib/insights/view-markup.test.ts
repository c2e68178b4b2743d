import { describe, expect, it } from 'vitest';
import { heatStep, statTilesMarkup, tableMarkup } from '../../../../src/lib/insights/view-markup.ts';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import { PANEL_KEYS, type TableModel } from '../../../../src/lib/insights/view-types.ts';
import { toDomList } from '../../../../src/lib/markup/to-dom.ts';
import { toHtml } from '../../../../src/lib/markup/to-html.ts';
import { domTree, fakeDocument, parseHtml, type Tree } from '../markup/markup-trees.ts';
import { actionItem, incident } from './fixtures.ts';

const HOSTILE = '<img src=x onerror="alert(1)">';
const names = {
  services: { checkout: `Check"out ${HOSTILE}` },
  teams: { payments: 'Payments' },
  rootCauses: { dns: `DNS ${HOSTILE}` },
};
const incidents = [
  incident({ id: 'a', date: '2025-03-01', rootCause: 'dns', severity: 'SEV1', detectedBy: 'customer' }),
  incident({
    id: 'b',
    date: '2025-03-20',
    rootCause: 'dns',
    actionItems: [actionItem({ due: '2025-04-01', status: 'open', title: `Fix ${HOSTILE}`, owner: `o'brien` })],
  }),
];
const view = insightsView(incidents, { today: '2026-01-01', names });

/** Server HTML read back as a browser would, and the client's DOM, as the same kind of tree. */
const server = (markup: Parameters<typeof toHtml>[0]): Tree[] => parseHtml(toHtml(markup));
const client = (markup: Parameters<typeof toDomList>[0]): Tree[] =>
  toDomList(markup, fakeDocument).map((node) => domTree(node));
const textOf = (trees: Tree[]): string =>
  trees.map((tree) => (typeof tree === 'string' ? tree : textOf(tree.children))).join('');

describe('insights markup', () => {
  it('renders every table and the stat tiles the same on the server and in the browser', () => {
    const tables = [
      tableMarkup('comparison', view.comparison),
      ...PANEL_KEYS.map((key) => tableMarkup(key, view.panels[key].table)),
    ];
    for (const markup of [...tables, statTilesMarkup(view.stats)]) expect(client(markup)).toEqual(server(markup));
  });

  it('shows hostile names as text', () => {
    const markup = tableMarkup('rootCauses', view.panels.rootCauses.table);
    expect(toHtml(markup)).not.toContain('<img');
    expect(textOf(server(markup))).toContain(`DNS ${HOSTILE}`);
  });

  it('marks numeric columns, row headers, values and links', () => {
    const model: TableModel = {
      caption: 'Cap',
      columns: [{ label: 'Name' }, { label: 'Count', numeric: true, nowrap: true }],
      rows: [
        [
          { text: 'A', href: '/a/' },
          { text: '1.5', value: 1.5, title: '1.5 minutes' },
        ],
      ],
      empty: 'None.',
      more: '3 more',
    };
    expect(toHtml(tableMarkup('t', model))).toBe(
      '<table class="insights-table" data-table="t"><caption>Cap</caption>' +
        '<thead><tr><th scope="col">Name</th><th scope="col" class="num nowrap">Count</th></tr></thead>' +
        '<tbody><tr><th scope="row"><a href="/a/">A</a></th>' +
        '<td class="num nowrap" data-value="1.5" title="1.5 minutes">1.5</td></tr></tbody></table>' +
        '<p class="insights-more">3 more</p>',
    );
  });

  it('says the empty text across all columns when there are no rows', () => {
    const html = toHtml(
      tableMarkup('t', { caption: 'C', columns: [{ label: 'a' }, { label: 'b' }], rows: [], empty: 'Nothing yet.' }),
    );
    expect(html).toContain('<tbody><tr><td class="empty" colspan="2">Nothing yet.</td></tr></tbody>');
  });

  it('shades heat cells in five steps and follows a table with its narrow form', () => {
    const model: TableModel = {
      caption: 'Wide',
      columns: [
        { label: 'Day' },
        { label: '00', numeric: true },
        { label: '01', numeric: true },
        { label: '02', numeric: true },
      ],
      rows: [
        [
          { text: 'Mon' },
          { text: '0', value: 0, heat: 0 },
          // 1 of 3: 0.33 × 5 = 1.67, rounded up to the second shade; the busiest gets the fifth.
          { text: '1', value: 1, heat: 1 / 3 },
          { text: '3', value: 3, heat: 1 },
        ],
      ],
      empty: 'None.',
      narrow: {
        caption: 'Narrow',
        columns: [{ label: 'Day' }, { label: '00–03', numeric: true }],
        rows: [],
        empty: 'None.',
      },
    };
    const html = toHtml(tableMarkup('clock', model));
    expect(html).toContain('<table class="insights-table wide-form" data-table="clock">');
    expect(html).toContain('<td class="num heat" data-value="0" data-heat="0">0</td>');
    expect(html).toContain('<td class="num heat" data-value="1" data-heat="2">1</td>');
    expect(html).toContain('<td class="num heat" data-value="3" data-heat="5">3</td>');
    expect(html).toContain(
      '</table><table class="insights-table narrow-form" data-table="clock-narrow"><caption>Narrow</caption>',
    );
    expect(client(tableMarkup('clock', model))).toEqual(server(tableMarkup('clock', model)));
    expect([0, 0.01, 0.2, 0.21, 0.99, 1].map(heatStep)).toEqual([0, 1, 1, 2, 5, 5]);
  });
});
