/**
 * Group pages: a service, team, root cause or tag, its incidents and its
 * figures. Durations are medians of the incidents' milliseconds, as the
 * insights panels on the same pages compute them; action items are counted
 * as /action-items/ counts them (src/lib/insights/action-items.ts).
 */
import { actionItemList, type ActionItemList, type ActionItemSource } from '../insights/action-item-list.ts';
import { actionItemQuery } from '../insights/action-item-filter.ts';
import { countActionItems } from '../insights/action-items.ts';
import { median } from '../insights/percentiles.ts';
import { oncePer } from '../memo.ts';
import { TOO_FEW } from '../insights/view-cells.ts';
import { formatDuration } from '../time/duration.ts';
import type { IncidentArchive } from '../incident/archive.ts';
import type { Incident } from '../incident/incident.ts';
import { writeQuery, type UrlKey } from '../url-state.ts';

/** The kinds of group pages, with how an incident belongs to a group. */
export const GROUP_KINDS = {
  services: { singular: 'Service', plural: 'Services', idsOf: (incident: Incident) => incident.data.services },
  teams: { singular: 'Team', plural: 'Teams', idsOf: (incident: Incident) => incident.teams },
  'root-causes': {
    singular: 'Root cause',
    plural: 'Root causes',
    idsOf: (incident: Incident) => [incident.data.rootCause.category],
  },
  tags: { singular: 'Tag', plural: 'Tags', idsOf: (incident: Incident) => incident.data.tags ?? [] },
} as const;

export type GroupKind = keyof typeof GROUP_KINDS;
export const GROUP_KIND_IDS = Object.keys(GROUP_KINDS) as GroupKind[];

export interface GroupEntry {
  id: string;
  name: string;
  description?: string;
  /** For a service: the owning team's id. */
  team?: string;
  /** Ids it had before a rename or merge; their pages redirect to this one. */
  formerIds?: readonly string[];
}

/** A group's action items by the archive's definitions (src/lib/action-items.ts). */
export interface GroupActionItems {
  /** Status open. */
  open: number;
  /** Status in progress. */
  inProgress: number;
  /** Open or in progress. */
  unfinished: number;
  /** Unfinished and due before the build date. */
  overdue: number;
}

/**
 * The /action-items/ query of each figure that page can filter on. Its
 * filters cover the whole archive (no service, team or cause filter), and
 * "unfinished" spans two statuses, which its one status filter cannot select.
 */
export const ACTION_ITEM_QUERIES = {
  open: actionItemQuery({ status: 'open' }),
  inProgress: actionItemQuery({ status: 'in-progress' }),
  overdue: actionItemQuery({ overdue: true }),
} as const;

export interface GroupSummary {
  count: number;
  /** Median time to detect, in milliseconds; undefined for an empty group. */
  medianTimeToDetect?: number;
  medianTimeToMitigate?: number;
  actionItems: GroupActionItems;
  /** YYYY-MM-DD of the most recent incident. */
  latest?: string;
}

/** The groups a page can be made for: taxonomy entries, and the tags in use. */
export function groupEntries(archive: IncidentArchive, kind: GroupKind): GroupEntry[] {
  const fromMap = (map: ReadonlyMap<string, GroupEntry>) =>
    [...map.values()].map(({ id, name, description, team, formerIds }) => ({ id, name, description, team, formerIds }));
  switch (kind) {
    case 'services':
      return fromMap(archive.services);
    case 'teams':
      return fromMap(archive.teams);
    case 'root-causes':
      return fromMap(archive.rootCauses);
    case 'tags': {
      const tags = new Set(archive.incidents.flatMap((incident) => incident.data.tags ?? []));
      return [...tags].sort().map((tag) => ({ id: tag, name: tag }));
    }
  }
}

// Every group page asks of the same list: one pass per kind instead of one per group.
const groupsOf = oncePer<readonly Incident[], GroupKind, Map<string, Incident[]>>();

function groupsOfKind(incidents: readonly Incident[], kind: GroupKind): Map<string, Incident[]> {
  return groupsOf(incidents, kind, () => {
    const groups = new Map<string, Incident[]>();
    for (const incident of incidents) {
      for (const id of new Set(GROUP_KINDS[kind].idsOf(incident))) {
        const group = groups.get(id);
        if (group) group.push(incident);
        else groups.set(id, [incident]);
      }
    }
    return groups;
  });
}

/** Incidents of one group, newest first (the archive's order). */
export function incidentsInGroup(incidents: readonly Incident[], kind: GroupKind, id: string): Incident[] {
  return [...(groupsOfKind(incidents, kind).get(id) ?? [])];
}

/** Incidents naming a root-cause category as a contributing factor, newest first; counted once each, as the insights rank factors. */
export function incidentsWithFactor(incidents: readonly Incident[], id: string): Incident[] {
  return incidents.filter((incident) => (incident.data.contributingFactors ?? []).includes(id));
}

/** `today` is the build date, YYYY-MM-DD: what is overdue depends on it. */
export function groupSummary(incidents: readonly Incident[], today: string): GroupSummary {
  const counts = countActionItems(
    incidents.flatMap((incident) => incident.data.actionItems),
    today,
  );
  return {
    count: incidents.length,
    medianTimeToDetect: median(incidents.map((incident) => incident.durations.timeToDetect)),
    medianTimeToMitigate: median(incidents.map((incident) => incident.durations.timeToMitigate)),
    actionItems: {
      open: counts.open,
      inProgress: counts.inProgress,
      unfinished: counts.open + counts.inProgress,
      overdue: counts.overdue,
    },
    latest: incidents.reduce<string | undefined>(
      (latest, incident) => (!latest || incident.date > latest ? incident.date : latest),
      undefined,
    ),
  };
}

export interface GroupListRow {
  entry: GroupEntry;
  summary: GroupSummary;
  /** Root causes: incidents naming it as a contributing factor. */
  factorCount?: number;
}

/** /services/ and the other group lists: every group with its figures, busiest first. */
export function groupList(archive: IncidentArchive, kind: GroupKind, today: string): GroupListRow[] {
  return groupEntries(archive, kind)
    .map((entry) => ({
      entry,
      summary: groupSummary(incidentsInGroup(archive.incidents, kind, entry.id), today),
      ...(kind === 'root-causes' && { factorCount: incidentsWithFactor(archive.incidents, entry.id).length }),
    }))
    .sort((a, b) => b.summary.count - a.summary.count || a.entry.name.localeCompare(b.entry.name));
}

/** A busy service has hundreds of postmortems: the newest on its page, all of them on the filtered index. */
export const GROUP_ROWS_SHOWN = 50;

/** The index filter of each kind that has one, for "all N in the archive index". */
const INDEX_FILTER_OF: Partial<Record<GroupKind, UrlKey>> = {
  services: 'service',
  teams: 'team',
  'root-causes': 'cause',
};

export interface GroupPage {
  kind: GroupKind;
  entry: GroupEntry;
  incidents: Incident[];
  summary: GroupSummary;
  /** The owning team of a service, when the taxonomy names one. */
  owner?: { id: string; name: string };
  /** The archive index's query string that lists the whole group, for kinds the index filters on. */
  indexQuery?: string;
  /** Services, teams and root causes get the insights panels, scoped to their incidents. */
  hasInsights: boolean;
  /** Root causes: the incidents naming it as a contributing factor, newest first. */
  factorIncidents?: Incident[];
  /**
   * Root causes: the first GROUP_ROWS_SHOWN action items of its incidents,
   * unfinished first and longest overdue at the top, so a repeat shows what was
   * promised last time.
   */
  actionItems?: ActionItemList;
  /** Root causes: how many action items its incidents have in all. */
  actionItemCount?: number;
}

/** What /action-items/ lists of an incident; the same fields its own list takes. */
export function actionItemSource(incident: Incident): ActionItemSource {
  return {
    id: incident.id,
    url: incident.url,
    title: incident.data.title,
    started: incident.date,
    actionItems: incident.data.actionItems,
  };
}

/** A common cause has thousands of action items at scale: the page shows the most pressing, and says how many there are. */
function groupActionItems(list: ActionItemList): Pick<GroupPage, 'actionItems' | 'actionItemCount'> {
  return { actionItems: { ...list, rows: list.rows.slice(0, GROUP_ROWS_SHOWN) }, actionItemCount: list.rows.length };
}

/** `today` is the build date, YYYY-MM-DD. */
export function groupPage(archive: IncidentArchive, kind: GroupKind, entry: GroupEntry, today: string): GroupPage {
  const incidents = incidentsInGroup(archive.incidents, kind, entry.id);
  const filter = INDEX_FILTER_OF[kind];
  const rootCause = kind === 'root-causes';
  return {
    kind,
    entry,
    incidents,
    summary: groupSummary(incidents, today),
    owner:
      entry.team && Object.hasOwn(archive.names.teams, entry.team)
        ? { id: entry.team, name: archive.names.teams[entry.team]! }
        : undefined,
    indexQuery: filter ? writeQuery({ [filter]: [entry.id] }) : undefined,
    hasInsights: kind !== 'tags' && incidents.length > 0,
    ...(rootCause && {
      factorIncidents: incidentsWithFactor(archive.incidents, entry.id),
      ...groupActionItems(actionItemList(incidents.map(actionItemSource), today)),
    }),
  };
}

/** A group's median duration as its figure reads: "42 min", "too few incidents" when it has some but not enough, "—" when none. */
export function groupMedianText(milliseconds: number | undefined, incidents: number): string {
  if (milliseconds !== undefined) return formatDuration(milliseconds);
  return incidents > 0 ? TOO_FEW : '—';
}
