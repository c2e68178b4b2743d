/** The /action-items/ page's filters (status, owner, type, overdue), as they sit in the URL query. */
import { ACTION_STATUSES, ACTION_TYPES } from './types.ts';

export interface ActionItemFilter {
  status?: string;
  owner?: string;
  type?: string;
  /** Only items past due and unfinished. */
  overdue?: boolean;
}

/** What a row needs for filtering. */
export interface FilterableActionItem {
  status: string;
  owner: string;
  type: string;
  overdue: boolean;
}

/** Reads the filters from a query string; unknown statuses and types are ignored, owners are free text. */
export function parseActionItemFilter(query: string | URLSearchParams): ActionItemFilter {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const filter: ActionItemFilter = {};
  const status = params.get('status');
  if (status && (ACTION_STATUSES as readonly string[]).includes(status)) filter.status = status;
  const type = params.get('type');
  if (type && (ACTION_TYPES as readonly string[]).includes(type)) filter.type = type;
  const owner = params.get('owner')?.trim();
  if (owner) filter.owner = owner;
  if (params.get('overdue') === '1') filter.overdue = true;
  return filter;
}

/** `?status=open&overdue=1`, in a fixed key order, or '' with no filter. */
export function actionItemQuery(filter: ActionItemFilter): string {
  const params = new URLSearchParams();
  if (filter.status) params.set('status', filter.status);
  if (filter.owner) params.set('owner', filter.owner);
  if (filter.type) params.set('type', filter.type);
  if (filter.overdue) params.set('overdue', '1');
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function matchesActionItemFilter(item: FilterableActionItem, filter: ActionItemFilter): boolean {
  return (
    (!filter.status || item.status === filter.status) &&
    (!filter.owner || item.owner === filter.owner) &&
    (!filter.type || item.type === filter.type) &&
    (!filter.overdue || item.overdue)
  );
}
