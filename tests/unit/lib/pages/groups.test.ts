import { describe, expect, it } from 'vitest';
import { groupEntries, groupList, groupPage, groupSummary } from '../../../../src/lib/pages/groups.ts';
import { archiveOf, postmortem } from '../incident/postmortems.ts';

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
  it('take medians of the incidents’ milliseconds, not of rounded minutes', () => {
    const summary = groupSummary(archive.incidents.filter((incident) => incident.id !== 'c'));
    // 90 s and 150 s: 120 s. Rounded to 2 and 3 minutes first, the median would read 2.5 min.
    expect(summary.medianTimeToDetect).toBe(120_000);
    expect(summary.medianTimeToMitigate).toBe(((10 - 1.5 + (30 - 2.5)) / 2) * 60_000);
  });

  it('count unfinished action items and the latest date, and leave medians empty for an empty group', () => {
    expect(groupSummary(archive.incidents)).toMatchObject({ count: 3, unfinishedActionItems: 2, latest: '2026-02-01' });
    expect(groupSummary([])).toEqual({
      count: 0,
      medianTimeToDetect: undefined,
      medianTimeToMitigate: undefined,
      unfinishedActionItems: 0,
      latest: undefined,
    });
  });
});

describe('group pages', () => {
  it('a service lists its incidents newest first, names its owner and links the filtered index', () => {
    const checkout = groupEntries(archive, 'services').find((entry) => entry.id === 'checkout')!;
    const page = groupPage(archive, 'services', checkout);
    expect(page.incidents.map((incident) => incident.id)).toEqual(['a', 'c']);
    expect(page.owner).toEqual({ id: 'payments', name: 'Payments' });
    expect(page.indexQuery).toBe('?service=checkout');
    expect(page.hasInsights).toBe(true);
  });

  it('a team counts the incidents of the services it owns', () => {
    const discovery = groupEntries(archive, 'teams').find((entry) => entry.id === 'discovery')!;
    expect(groupPage(archive, 'teams', discovery).incidents.map((incident) => incident.id)).toEqual(['b']);
  });

  it('tags come from the incidents; a tag page has no index filter and no insights', () => {
    expect(groupEntries(archive, 'tags')).toEqual([{ id: 'postgres', name: 'postgres' }]);
    const page = groupPage(archive, 'tags', { id: 'postgres', name: 'postgres' });
    expect(page.indexQuery).toBeUndefined();
    expect(page.hasInsights).toBe(false);
  });

  it('lists groups busiest first, then by name', () => {
    expect(groupList(archive, 'services').map(({ entry, summary }) => [entry.id, summary.count])).toEqual([
      ['checkout', 2],
      ['search', 1],
    ]);
  });
});
