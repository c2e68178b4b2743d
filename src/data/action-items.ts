/** The /action-items/ list and its counts, computed once per build and shared by its pages and its JSON. */
import config from 'virtual:hindsight/config';
import { countActionItems, type ActionItemCounts } from '../lib/insights/action-items.ts';
import { actionItemList, actionItemOwners, type ActionItemList } from '../lib/insights/action-item-list.ts';
import type { Archive } from './archive.ts';
import { trackerMarkOfItem } from './tracker-state.ts';

export interface ActionItemsData {
  list: ActionItemList;
  counts: ActionItemCounts;
  owners: ReturnType<typeof actionItemOwners>;
  /** Postmortems in the archive, with or without action items. */
  postmortems: number;
}

const cache = new WeakMap<Archive, ActionItemsData>();

export function actionItemsData(archive: Archive): ActionItemsData {
  const cached = cache.get(archive);
  if (cached) return cached;
  const list = actionItemList(
    archive.incidents.map((incident) => ({
      id: incident.id,
      url: incident.url,
      title: incident.data.title,
      started: incident.date,
      actionItems: incident.data.actionItems.map((item) => ({ ...item, tracker: trackerMarkOfItem(item) })),
    })),
    config.buildDate,
  );
  const data = {
    list,
    counts: countActionItems(list.rows, config.buildDate),
    owners: actionItemOwners(list),
    postmortems: archive.incidents.length,
  };
  cache.set(archive, data);
  return data;
}
