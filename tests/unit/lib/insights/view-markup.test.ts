import { describe, expect, it } from 'vitest';
import { statTilesMarkup, tableMarkup } from '../../../../src/lib/insights/view-markup.ts';
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
});
