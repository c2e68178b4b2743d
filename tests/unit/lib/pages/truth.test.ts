/**
 * Service, team and root-cause pages of the insights-truth fixture: their
 * counts, medians and action items equal the hand computation in
 * tests/fixtures/insights-truth/EXPECTED.md.
 */
import { describe, expect, it } from 'vitest';
import { groupEntries, groupPage, type GroupKind } from '../../../../src/lib/pages/groups.ts';
import { incidentPage } from '../../../../src/lib/pages/incident-page.ts';
import { MINUTE } from '../../../../src/lib/time/duration.ts';
import { archiveFromContent } from '../../../support/content-archive.ts';
import {
  GROUP_ACTION_ITEMS,
  ID,
  ROOT_CAUSES,
  ROOT_CAUSE_PAGES,
  SERVICES,
  TEAMS,
  TRUTH_CONTENT_DIR,
  TRUTH_TODAY,
} from '../../../support/insights-truth.ts';

const archive = archiveFromContent(TRUTH_CONTENT_DIR);
const pageOf = (kind: GroupKind, id: string) =>
  groupPage(
    archive,
    kind,
    groupEntries(archive, kind).find((entry) => entry.id === id)!,
    TRUTH_TODAY,
  );
const inMinutes = (milliseconds: number | undefined) =>
  milliseconds === undefined ? undefined : milliseconds / MINUTE;

describe('group pages of the insights-truth fixture', () => {
  it.each([
    ...Object.entries(SERVICES).map(([id, truth]) => ['services', id, truth] as const),
    ...Object.entries(TEAMS).map(([id, truth]) => ['teams', id, truth] as const),
  ])('%s/%s: count and medians, none under 5 incidents', (kind, id, truth) => {
    const { summary } = pageOf(kind, id);
    expect(summary.count).toBe(truth.count);
    expect(inMinutes(summary.medianTimeToDetect)).toBe(truth.medianTtd);
    expect(inMinutes(summary.medianTimeToMitigate)).toBe(truth.medianTtm);
  });

  it.each(Object.entries(GROUP_ACTION_ITEMS))(
    '%s: open, in progress, unfinished and overdue action items',
    (path, truth) => {
      const [kind, id] = path.split('/') as [GroupKind, string];
      expect(pageOf(kind, id).summary.actionItems).toEqual(truth);
    },
  );

  it.each(Object.entries(ROOT_CAUSE_PAGES))('root cause %s: as root cause and as contributing factor', (id, truth) => {
    const page = pageOf('root-causes', id);
    expect(page.summary.count).toBe(truth.count);
    expect(page.factorIncidents).toHaveLength(truth.factorCount);
  });
});

describe('postmortem pages of the insights-truth fixture', () => {
  it('count every other incident of the same root cause', () => {
    // Each category's incidents less the page's own: 3 − 1 or 2 − 1.
    const others = Object.fromEntries(ROOT_CAUSES.map((row) => [row.category, row.incidents - 1]));
    for (const key of Object.keys(ID) as (keyof typeof ID)[]) {
      const incident = archive.byId.get(ID[key])!;
      const page = incidentPage(archive, incident, TRUTH_TODAY);
      expect(page.sameCauseCount, key).toBe(others[incident.data.rootCause.category]);
      expect(page.sameCause.every((other) => other.data.rootCause.category === incident.data.rootCause.category)).toBe(
        true,
      );
    }
  });
});
