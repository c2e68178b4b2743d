import { describe, expect, it } from 'vitest';
import { buildIncidentArchive } from '../../../../src/lib/incident/archive.ts';
import { toInsightIncident } from '../../../../src/lib/incident/insight-record.ts';
import { actionItemList } from '../../../../src/lib/insights/action-item-list.ts';
import { countActionItems } from '../../../../src/lib/insights/action-items.ts';
import { rankContributingFactors } from '../../../../src/lib/insights/breakdowns.ts';
import {
  ACTION_ITEM_QUERIES,
  GROUP_KIND_IDS,
  GROUP_KINDS,
  GROUP_ROWS_SHOWN,
  groupEntries,
  groupList,
  groupMedianText,
  groupPage,
  groupSummary,
  incidentsInGroup,
} from '../../../../src/lib/pages/groups.ts';
import type { ActionItem } from '../../../../src/schema/postmortem.ts';
import { archiveOf, postmortem, TAXONOMIES } from '../incident/postmortems.ts';

const TODAY = '2026-01-01';

const archive = archiveOf({
  a: postmortem({ start: '2026-02-01T10:00:00Z', minutes: { detected: 1.5, mitigated: 10 }, tags: ['postgres'] }),
  b: postmortem({
    start: '2025-06-01T10:00:00Z',
    minutes: { detected: 2.5, mitigated: 30 },
    services: ['search'],
    actionItems: [{ title: 'Index', owner: 'discovery', due: '2025-07-01', status: 'done', type: 'prevent' }],
  }),
  c: postmortem({ start: '2024-06-01T10:00:00Z', minutes: { detected: 50, mitigated: 60 }, tags: ['postgres'] }),
});

describe('group figures', () => {
  it('take medians of the incidents’ milliseconds, not of rounded minutes, from enough incidents', () => {
    const detectedAfter = [0.5, 1, 1.5, 2.5, 50, 60];
    const six = archiveOf(
      Object.fromEntries(
        detectedAfter.map((detected, index) => [
          `i${index}`,
          postmortem({ start: `2025-0${index + 1}-01T10:00:00Z`, minutes: { detected, mitigated: detected + 10 } }),
        ]),
      ),
    );
    const summary = groupSummary(six.incidents, TODAY);
    // The middle two are 90 s and 150 s: 120 s. Rounded to 2 and 3 minutes first, the median would read 2.5 min.
    expect(summary.medianTimeToDetect).toBe(120_000);
    expect(summary.medianTimeToMitigate).toBe(10 * 60_000);
    // Three incidents are too few for a median: the page says so rather than show one.
    expect(groupSummary(archive.incidents, TODAY).medianTimeToDetect).toBeUndefined();
  });

  it('count action items open, in progress, unfinished and overdue, the latest date, and leave medians empty for an empty group', () => {
    // a and c each have one open item due 2025-04-01, before TODAY; b's one item is done.
    expect(groupSummary(archive.incidents, TODAY)).toMatchObject({
      count: 3,
      actionItems: { open: 2, inProgress: 0, unfinished: 2, overdue: 2 },
      latest: '2026-02-01',
    });
    expect(groupSummary([], TODAY)).toEqual({
      count: 0,
      medianTimeToDetect: undefined,
      medianTimeToMitigate: undefined,
      actionItems: { open: 0, inProgress: 0, unfinished: 0, overdue: 0 },
      latest: undefined,
    });
  });

  it('link each action-item figure to the /action-items/ filter that selects it', () => {
    expect(ACTION_ITEM_QUERIES).toEqual({
      open: '?status=open',
      inProgress: '?status=in-progress',
      overdue: '?overdue=1',
    });
  });
});

describe('group pages', () => {
  it('a service lists its incidents newest first, names its owner and links the filtered index', () => {
    const checkout = groupEntries(archive, 'services').find((entry) => entry.id === 'checkout')!;
    const page = groupPage(archive, 'services', checkout, TODAY);
    expect(page.incidents.map((incident) => incident.id)).toEqual(['a', 'c']);
    expect(page.owner).toEqual({ id: 'payments', name: 'Payments' });
    expect(page.indexQuery).toBe('?service=checkout');
    expect(page.hasInsights).toBe(true);
    expect(page.factorIncidents).toBeUndefined();
  });

  it('a team counts the incidents of the services it owns', () => {
    const discovery = groupEntries(archive, 'teams').find((entry) => entry.id === 'discovery')!;
    expect(groupPage(archive, 'teams', discovery, TODAY).incidents.map((incident) => incident.id)).toEqual(['b']);
  });

  it('tags come from the incidents; a tag page has no index filter and no insights', () => {
    expect(groupEntries(archive, 'tags')).toEqual([{ id: 'postgres', name: 'postgres' }]);
    const page = groupPage(archive, 'tags', { id: 'postgres', name: 'postgres' }, TODAY);
    expect(page.indexQuery).toBeUndefined();
    expect(page.hasInsights).toBe(false);
  });

  it('find the same incidents, in the same order, as reading every incident, however often they are asked', () => {
    const many = archiveOf({
      d: postmortem({ start: '2026-03-01T10:00:00Z', services: ['search', 'checkout'], tags: ['dns'] }),
      e: postmortem({ start: '2025-03-01T10:00:00Z', services: ['search'], tags: ['dns', 'postgres'] }),
      f: postmortem({ start: '2024-03-01T10:00:00Z', tags: ['postgres'] }),
    });
    for (const kind of GROUP_KIND_IDS) {
      for (const entry of [...groupEntries(many, kind), { id: 'no-such-group', name: '' }]) {
        const expected = many.incidents.filter((incident) =>
          (GROUP_KINDS[kind].idsOf(incident) as readonly string[]).includes(entry.id),
        );
        const first = incidentsInGroup(many.incidents, kind, entry.id);
        expect(first).toEqual(expected);
        // A page that reorders its list leaves the next page's list as it was.
        first.reverse();
        expect(incidentsInGroup(many.incidents, kind, entry.id)).toEqual(expected);
      }
    }
    expect(incidentsInGroup(many.incidents, 'services', 'search').map((incident) => incident.id)).toEqual(['d', 'e']);
  });

  it('lists groups busiest first, then by name', () => {
    expect(groupList(archive, 'services', TODAY).map(({ entry, summary }) => [entry.id, summary.count])).toEqual([
      ['checkout', 2],
      ['search', 1],
    ]);
  });
});

/** Like the example archive: causes that recur, factors named by many incidents, items in every state. */
const item = (status: ActionItem['status'], due: string): ActionItem => ({
  title: `${status} by ${due}`,
  owner: 'platform',
  due,
  status,
  type: 'prevent',
});
const ROOT_CAUSES = new Map([
  ...TAXONOMIES.rootCauses,
  ['certificate-expiry', { id: 'certificate-expiry', name: 'Certificate or credential expiry' }],
  ['missing-alert', { id: 'missing-alert', name: 'Missing or noisy alerting' }],
  ['insufficient-testing', { id: 'insufficient-testing', name: 'Insufficient testing' }],
  ['manual-process', { id: 'manual-process', name: 'Manual process' }],
]);
const cert = { category: 'certificate-expiry', description: 'A certificate expired.' };
const bug = { category: 'software-bug', description: 'A bug.' };
const exampleLike = buildIncidentArchive(
  Object.entries({
    'cert-1': postmortem({
      start: '2025-02-27T10:00:00Z',
      rootCause: cert,
      contributingFactors: ['manual-process', 'missing-alert'],
      actionItems: [item('done', '2025-03-15'), item('open', '2025-04-01')],
    }),
    'cert-2': postmortem({
      start: '2026-01-20T10:00:00Z',
      rootCause: cert,
      contributingFactors: ['manual-process'],
      related: ['cert-1'],
      actionItems: [
        item('in-progress', '2026-03-01'),
        item('in-progress', '2025-12-01'),
        item('wont-do', '2026-02-01'),
      ],
    }),
    pool: postmortem({
      start: '2025-01-14T10:00:00Z',
      contributingFactors: ['insufficient-testing', 'missing-alert'],
      actionItems: [item('open', '2026-06-01')],
    }),
    reindex: postmortem({
      start: '2025-02-03T10:00:00Z',
      rootCause: bug,
      services: ['search'],
      contributingFactors: ['missing-alert', 'missing-alert'],
    }),
    flag: postmortem({ start: '2025-05-29T10:00:00Z', contributingFactors: ['insufficient-testing'] }),
    leak: postmortem({ start: '2025-06-24T10:00:00Z', rootCause: bug, contributingFactors: ['missing-alert'] }),
  }).map(([id, data]) => ({ id, data })),
  { ...TAXONOMIES, rootCauses: ROOT_CAUSES },
  { base: '/', contentDir: 'content' },
);

describe('root-cause pages', () => {
  const rootCausePage = (id: string) => groupPage(exampleLike, 'root-causes', { id, name: id }, TODAY);

  it('count the incidents naming a cause as a contributing factor as the insights rank it', () => {
    const ranked = rankContributingFactors(exampleLike.incidents.map(toInsightIncident));
    expect(ranked.find((factor) => factor.id === 'missing-alert')?.count).toBe(4);
    for (const { id, count } of ranked) expect(rootCausePage(id).factorIncidents).toHaveLength(count);
    const rows = groupList(exampleLike, 'root-causes', TODAY);
    const missingAlert = rows.find((row) => row.entry.id === 'missing-alert')!;
    expect([missingAlert.summary.count, missingAlert.factorCount]).toEqual([0, 4]);
    expect(rootCausePage('missing-alert').factorIncidents!.map((incident) => incident.id)).toEqual([
      'leak',
      'cert-1',
      'reindex',
      'pool',
    ]);
  });

  it('have insights, and list the action items of their incidents, unfinished first', () => {
    const page = rootCausePage('certificate-expiry');
    expect(page.hasInsights).toBe(true);
    expect(page.incidents.map((incident) => incident.id)).toEqual(['cert-2', 'cert-1']);
    const { rows, incidents } = page.actionItems!;
    expect(rows.map((row) => [incidents[row.incident]!.url, row.status, row.due, row.overdue])).toEqual([
      ['/postmortems/cert-1/', 'open', '2025-04-01', true],
      ['/postmortems/cert-2/', 'in-progress', '2025-12-01', true],
      ['/postmortems/cert-2/', 'in-progress', '2026-03-01', false],
      ['/postmortems/cert-2/', 'wont-do', '2026-02-01', false],
      ['/postmortems/cert-1/', 'done', '2025-03-15', false],
    ]);
    expect(page.summary.actionItems).toEqual({ open: 1, inProgress: 2, unfinished: 3, overdue: 2 });
    expect(rootCausePage('missing-alert').hasInsights).toBe(false);
  });
});

describe('action-item figures on group pages', () => {
  // /action-items/'s own list, built as src/data/action-items.ts builds it.
  const { rows, incidents } = actionItemList(
    exampleLike.incidents.map((incident) => ({
      id: incident.id,
      url: incident.url,
      title: incident.data.title,
      started: incident.date,
      actionItems: incident.data.actionItems,
    })),
    TODAY,
  );

  it('equal the /action-items/ counts of the group’s incidents, for every group', () => {
    for (const kind of GROUP_KIND_IDS) {
      for (const { entry, summary } of groupList(exampleLike, kind, TODAY)) {
        const urls = new Set(groupPage(exampleLike, kind, entry, TODAY).incidents.map((incident) => incident.url));
        const counts = countActionItems(
          rows.filter((row) => urls.has(incidents[row.incident]!.url)),
          TODAY,
        );
        expect(summary.actionItems, `${kind}/${entry.id}`).toEqual({
          open: counts.open,
          inProgress: counts.inProgress,
          unfinished: counts.open + counts.inProgress,
          overdue: counts.overdue,
        });
      }
    }
  });

  it('add up, for a group holding every incident, to the whole /action-items/ summary', () => {
    // Every incident names checkout but one (reindex, on search): the two services cover the archive.
    const byService = groupList(exampleLike, 'services', TODAY).map((row) => row.summary.actionItems);
    const all = countActionItems(rows, TODAY);
    expect(byService.reduce((sum, counts) => sum + counts.open, 0)).toBe(all.open);
    expect(byService.reduce((sum, counts) => sum + counts.inProgress, 0)).toBe(all.inProgress);
    expect(byService.reduce((sum, counts) => sum + counts.overdue, 0)).toBe(all.overdue);
    // By hand: open in cert-1, pool and the three default items of reindex, flag and leak; overdue all but pool’s.
    expect(all).toMatchObject({ open: 5, inProgress: 2, overdue: 5 });
  });
});

describe('a group median as its figure reads', () => {
  it('gives the duration, "too few incidents" for a group with some, "—" for an empty one', () => {
    expect(groupMedianText(5 * 60_000, 6)).toBe('5 min');
    expect(groupMedianText(undefined, 2)).toBe('too few incidents');
    expect(groupMedianText(undefined, 0)).toBe('—');
  });
});

describe('a root cause with many action items', () => {
  // 12 incidents of one cause with 5 items each: 60 items, more than a page shows.
  const busy = archiveOf(
    Object.fromEntries(
      Array.from({ length: 12 }, (_, index) => [
        `pool-${String(index).padStart(2, '0')}`,
        postmortem({
          start: `2025-${String(index + 1).padStart(2, '0')}-10T10:00:00Z`,
          actionItems: Array.from({ length: 5 }, (_, n) => item(n === 0 ? 'open' : 'done', `2025-0${n + 1}-01`)),
        }),
      ]),
    ),
  );
  const page = groupPage(busy, 'root-causes', { id: 'config-change', name: 'Configuration change' }, TODAY);

  it('shows the first GROUP_ROWS_SHOWN, unfinished first, and counts them all', () => {
    expect(page.actionItemCount).toBe(60);
    expect(page.actionItems!.rows).toHaveLength(GROUP_ROWS_SHOWN);
    expect(page.actionItems!.rows.slice(0, 12).every((row) => row.status === 'open')).toBe(true);
  });
});
