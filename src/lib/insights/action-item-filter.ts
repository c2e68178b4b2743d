/** The /action-items/ page's filters (status, owner, type, overdue), as they sit in the URL query (src/lib/url-state.ts). */
import { ACTION_STATUS_LABELS, ACTION_STATUSES, ACTION_TYPE_LABELS, ACTION_TYPES } from '../../schema/vocabulary.ts';
import { canonicalValue, readQuery, writeQuery } from '../url-state.ts';

const isStatus = (value: string) => (ACTION_STATUSES as readonly string[]).includes(value);
const isType = (value: string) => (ACTION_TYPES as readonly string[]).includes(value);

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

/**
 * Reads the filters from a query string (src/lib/url-state.ts); statuses and
 * types may be ids or their labels, anything else is ignored; owners are free text.
 */
export function parseActionItemFilter(query: string | URLSearchParams): ActionItemFilter {
  const values = readQuery(query);
  const filter: ActionItemFilter = {};
  const status = values.status?.map((value) => canonicalValue(value, ACTION_STATUS_LABELS)).find(isStatus);
  if (status) filter.status = status;
  const type = values.type?.map((value) => canonicalValue(value, ACTION_TYPE_LABELS)).find(isType);
  if (type) filter.type = type;
  const owner = values.owner?.[0];
  if (owner) filter.owner = owner;
  if (values.overdue?.includes('1')) filter.overdue = true;
  return filter;
}

/** `?status=open&overdue=1`, in the URL's key order, or '' with no filter. */
export function actionItemQuery(filter: ActionItemFilter): string {
  return writeQuery({
    status: filter.status ? [filter.status] : [],
    owner: filter.owner ? [filter.owner] : [],
    type: filter.type ? [filter.type] : [],
    overdue: filter.overdue ? ['1'] : [],
  });
}

export function matchesActionItemFilter(item: FilterableActionItem, filter: ActionItemFilter): boolean {
  return (
    (!filter.status || item.status === filter.status) &&
    (!filter.owner || item.owner === filter.owner) &&
    (!filter.type || item.type === filter.type) &&
    (!filter.overdue || item.overdue)
  );
}
