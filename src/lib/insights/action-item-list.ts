/**
 * The /action-items/ list: every action item of the archive in one order,
 * compact enough to send to the browser for filtering, and cut into pages of
 * PAGE_SIZE (src/lib/pages/paging.ts) for the server-rendered pages.
 */
import type { ActionItem } from '../../schema/postmortem.ts';
import { isOverdue } from '../action-items.ts';
import { pageCount, pageRows } from '../pages/paging.ts';
import type { TrackerMark } from '../tracker/mark-markup.ts';

/** What the list needs of an incident. */
export interface ActionItemSource {
  id: string;
  url: string;
  title: string;
  /** YYYY-MM-DD the incident started, in its own zone. */
  started: string;
  actionItems: readonly (Pick<ActionItem, 'title' | 'owner' | 'due' | 'status' | 'type' | 'link'> & {
    /** Where its tracker disagrees, as last synced. */
    tracker?: TrackerMark;
  })[];
}

export interface ActionItemRow {
  title: string;
  owner: string;
  /** YYYY-MM-DD. */
  due: string;
  status: ActionItem['status'];
  type: ActionItem['type'];
  link?: string;
  overdue: boolean;
  /** Where its tracker disagrees, as last synced (content/tracker-state.json). */
  tracker?: TrackerMark;
  /** Index into ActionItemList.incidents. */
  incident: number;
}

export interface ActionItemList {
  rows: ActionItemRow[];
  /** The postmortems the rows come from, each once. */
  incidents: { url: string; title: string; started: string }[];
}

const FINISHED = new Set(['done', 'wont-do']);

/** Unfinished first, soonest due (so most overdue) at the top; then finished ones, most recently due first. */
export function actionItemList(sources: readonly ActionItemSource[], today: string): ActionItemList {
  const incidents = sources.map(({ url, title, started }) => ({ url, title, started }));
  const rows = sources
    .flatMap((source, incident) =>
      source.actionItems.map(({ title, owner, due, status, type, link, tracker }) => {
        const row: ActionItemRow = {
          title,
          owner,
          due,
          status,
          type,
          overdue: isOverdue({ status, due }, today),
          incident,
        };
        if (link) row.link = link;
        if (tracker) row.tracker = tracker;
        return { row, id: source.id };
      }),
    )
    .sort((a, b) => {
      const finishedA = FINISHED.has(a.row.status);
      const finishedB = FINISHED.has(b.row.status);
      if (finishedA !== finishedB) return finishedA ? 1 : -1;
      const byDue = finishedA ? b.row.due.localeCompare(a.row.due) : a.row.due.localeCompare(b.row.due);
      return byDue || a.id.localeCompare(b.id) || a.row.title.localeCompare(b.row.title);
    })
    .map(({ row }) => row);
  return { rows, incidents };
}

/** At least one page, so an empty archive still has /action-items/. */
export function actionItemPageCount(list: ActionItemList): number {
  return pageCount(list.rows.length);
}

/** The rows of page `page` (1-based). */
export function actionItemPage(list: ActionItemList, page: number): ActionItemRow[] {
  return pageRows(list.rows, page);
}

/** Each owner with their number of items, in a case-insensitive alphabetical order. */
export function actionItemOwners(list: ActionItemList): { owner: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of list.rows) counts.set(row.owner, (counts.get(row.owner) ?? 0) + 1);
  return [...counts]
    .map(([owner, count]) => ({ owner, count }))
    .sort((a, b) => a.owner.localeCompare(b.owner, 'en', { sensitivity: 'base' }));
}
