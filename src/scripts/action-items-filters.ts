/**
 * The /action-items/ filters: status, owner, type and overdue. Each page is
 * plain HTML with PAGE_SIZE rows and links to the others; the
 * first filter loads the whole list (action-items.json), shows the matching
 * items in batches, recounts the summary, and keeps the choice in the URL
 * query so a link or a reload shows the same items. "Show all" brings the
 * page's own rows back. Rows are drawn from the same markup as the server's
 * (src/lib/insights/action-item-markup.ts).
 */
import {
  actionItemQuery,
  matchesActionItemFilter,
  parseActionItemFilter,
  type ActionItemFilter,
} from '../lib/insights/action-item-filter.ts';
import type { ActionItemList, ActionItemRow } from '../lib/insights/action-item-list.ts';
import { PAGE_SIZE } from '../lib/pages/paging.ts';
import { actionItemRowMarkup } from '../lib/insights/action-item-markup.ts';
import { toDom } from '../lib/markup/to-dom.ts';
import { withQuery } from '../lib/url-state.ts';

const SUMMARY_KEYS = ['total', 'overdue', 'open', 'in-progress', 'done', 'wont-do'] as const;

const isDefault = (filter: ActionItemFilter) => actionItemQuery(filter) === '';

function start(form: HTMLFormElement, root: HTMLElement): void {
  const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T;
  const status = field<HTMLSelectElement>('status');
  const owner = field<HTMLSelectElement>('owner');
  const type = field<HTMLSelectElement>('type');
  const overdue = field<HTMLInputElement>('overdue');
  const message = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const body = root.querySelector<HTMLTableSectionElement>('[data-rows]')!;
  const noMatch = root.querySelector<HTMLElement>('[data-no-match]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const pagination = root.querySelector<HTMLElement>('[data-pagination]');
  const summaryCount = (key: string) => document.querySelector(`[data-summary="${key}"] [data-count]`);
  const pageRows = [...body.children];
  const pageCounts = new Map(SUMMARY_KEYS.map((key) => [key, summaryCount(key)?.textContent ?? '0']));
  const total = Number(pageCounts.get('total'));
  const first = (Number(root.dataset.page) - 1) * PAGE_SIZE + 1;
  const owners = new Set([...owner.options].map((option) => option.value).filter(Boolean));
  let list: Promise<ActionItemList> | undefined;
  let matching: ActionItemRow[] = [];
  let incidents: ActionItemList['incidents'] = [];
  let shown = 0;
  /** Bumped on every change, so a slow load never overwrites a newer choice. */
  let generation = 0;

  const load = () => {
    list ??= fetch(root.dataset.source!).then((response) => {
      if (!response.ok) throw new Error(`action items: HTTP ${response.status}`);
      return response.json() as Promise<ActionItemList>;
    });
    return list;
  };

  /** The filter from the URL, without owners this archive does not have. */
  const fromUrl = (): ActionItemFilter => {
    const filter = parseActionItemFilter(location.search);
    if (filter.owner && !owners.has(filter.owner)) delete filter.owner;
    return filter;
  };

  const renderRow = (item: ActionItemRow): Node =>
    toDom(actionItemRowMarkup(item, incidents[item.incident]!), document);

  const showMore = () => {
    const batch = matching.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    body.append(...batch.map(renderRow));
    more.hidden = shown >= matching.length;
  };

  const writeForm = (filter: ActionItemFilter) => {
    status.value = filter.status ?? '';
    owner.value = filter.owner ?? '';
    type.value = filter.type ?? '';
    overdue.checked = filter.overdue ?? false;
  };

  /** This page's own rows, as served. */
  const showPage = () => {
    body.replaceChildren(...pageRows);
    for (const [key, value] of pageCounts) {
      const count = summaryCount(key);
      if (count) count.textContent = value;
    }
    if (pagination) pagination.hidden = false;
    noMatch.hidden = true;
    more.hidden = true;
    const last = first + pageRows.length - 1;
    message.textContent =
      pageRows.length === total
        ? `Showing all ${total} action items.`
        : `Showing ${first}–${last} of ${total} action items.`;
  };

  async function show(filter: ActionItemFilter): Promise<void> {
    const current = ++generation;
    writeForm(filter);
    if (isDefault(filter)) {
      showPage();
      return;
    }
    message.textContent = 'Loading the action items…';
    const loaded = await load();
    if (current !== generation) return;
    incidents = loaded.incidents;
    matching = loaded.rows.filter((item) => matchesActionItemFilter(item, filter));
    const counts: Record<string, number> = { total: matching.length, overdue: 0 };
    for (const item of matching) {
      counts[item.status] = (counts[item.status] ?? 0) + 1;
      if (item.overdue) counts.overdue! += 1;
    }
    for (const key of SUMMARY_KEYS) {
      const count = summaryCount(key);
      if (count) count.textContent = String(counts[key] ?? 0);
    }
    shown = 0;
    body.replaceChildren();
    if (pagination) pagination.hidden = true;
    noMatch.hidden = matching.length > 0;
    showMore();
    message.textContent = `Showing ${matching.length} of ${loaded.rows.length} action items.`;
  }

  const showOrExplain = (filter: ActionItemFilter) =>
    show(filter).catch(() => {
      showPage();
      message.textContent = 'The action items could not be loaded for filtering; showing this page unfiltered.';
    });

  function navigate(filter: ActionItemFilter): void {
    const url = withQuery(location.href, actionItemQuery(filter), location.hash);
    if (url !== location.href) history.pushState(null, '', url);
    void showOrExplain(filter);
  }

  form.addEventListener('change', () =>
    navigate({
      status: status.value || undefined,
      owner: owner.value || undefined,
      type: type.value || undefined,
      overdue: overdue.checked || undefined,
    }),
  );
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    navigate({});
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  more.addEventListener('click', showMore);
  window.addEventListener('popstate', () => void showOrExplain(fromUrl()));

  const initial = fromUrl();
  const canonical = withQuery(location.href, actionItemQuery(initial), location.hash);
  if (canonical !== location.href) history.replaceState(null, '', canonical);
  const controls = form.querySelector('fieldset');
  if (controls) controls.disabled = false;
  void showOrExplain(initial);
}

const form = document.querySelector<HTMLFormElement>('form[data-action-item-filters]');
const root = document.querySelector<HTMLElement>('[data-action-items-index]');
if (form && root) start(form, root);
