/** Figures for a group of postmortems (a service, team, root cause or tag). */
import type { IndexRow } from './archive-facets.ts';
import { median } from './insights/percentiles.ts';

export interface GroupSummary {
  count: number;
  /** Median time to detect, in minutes; undefined for an empty group. */
  medianTtdMinutes?: number;
  medianTtmMinutes?: number;
  openActionItems: number;
  /** YYYY-MM-DD of the most recent incident. */
  latest?: string;
}

export function groupSummary(rows: readonly IndexRow[]): GroupSummary {
  return {
    count: rows.length,
    medianTtdMinutes: median(rows.map((row) => row.ttdMinutes)),
    medianTtmMinutes: median(rows.map((row) => row.ttmMinutes)),
    openActionItems: rows.reduce((sum, row) => sum + row.openActionItems, 0),
    latest: rows.reduce<string | undefined>(
      (latest, row) => (!latest || row.date > latest ? row.date : latest),
      undefined,
    ),
  };
}

/** The kinds of group pages, with how a row belongs to a group. */
export const GROUP_KINDS = {
  services: { singular: 'Service', plural: 'Services', idsOf: (row: IndexRow) => row.services },
  teams: { singular: 'Team', plural: 'Teams', idsOf: (row: IndexRow) => row.teams },
  'root-causes': { singular: 'Root cause', plural: 'Root causes', idsOf: (row: IndexRow) => [row.cause] },
  tags: { singular: 'Tag', plural: 'Tags', idsOf: (row: IndexRow) => row.tags },
} as const;

export type GroupKind = keyof typeof GROUP_KINDS;

/** Rows of one group, newest first (rows come newest first). */
export function rowsInGroup(rows: readonly IndexRow[], kind: GroupKind, id: string): IndexRow[] {
  return rows.filter((row) => (GROUP_KINDS[kind].idsOf(row) as readonly string[]).includes(id));
}
