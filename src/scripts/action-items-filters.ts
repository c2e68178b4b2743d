/**
 * The /action-items/ filters: status, owner, type and overdue. Every item is in
 * the built page; this hides the rows that do not match, recounts the summary,
 * and keeps the choice in the URL query so a link or a reload shows the same rows.
 */
import {
  actionItemQuery,
  matchesActionItemFilter,
  parseActionItemFilter,
  type ActionItemFilter,
  type FilterableActionItem,
} from '../lib/insights/action-item-filter.ts';

const SUMMARY_KEYS = ['open', 'in-progress', 'done', 'wont-do'] as const;

function start(form: HTMLFormElement, table: HTMLTableElement): void {
  const field = <T extends HTMLElement>(name: string) => form.elements.namedItem(name) as T;
  const status = field<HTMLSelectElement>('status');
  const owner = field<HTMLSelectElement>('owner');
  const type = field<HTMLSelectElement>('type');
  const overdue = field<HTMLInputElement>('overdue');
  const message = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const noMatch = table.querySelector<HTMLElement>('[data-no-match]');
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tbody tr[data-status]')].map((row) => ({
    row,
    item: {
      status: row.dataset.status ?? '',
      owner: row.dataset.owner ?? '',
      type: row.dataset.type ?? '',
      overdue: row.dataset.overdue === 'true',
    } satisfies FilterableActionItem,
  }));
  const owners = new Set([...owner.options].map((option) => option.value).filter(Boolean));

  /** The filter from the URL, without owners this archive does not have. */
  const fromUrl = (): ActionItemFilter => {
    const filter = parseActionItemFilter(location.search);
    if (filter.owner && !owners.has(filter.owner)) delete filter.owner;
    return filter;
  };

  function show(filter: ActionItemFilter): void {
    status.value = filter.status ?? '';
    owner.value = filter.owner ?? '';
    type.value = filter.type ?? '';
    overdue.checked = filter.overdue ?? false;
    const counts: Record<string, number> = { total: 0, overdue: 0 };
    for (const { row, item } of rows) {
      const shown = matchesActionItemFilter(item, filter);
      row.hidden = !shown;
      if (!shown) continue;
      counts.total! += 1;
      counts[item.status] = (counts[item.status] ?? 0) + 1;
      if (item.overdue) counts.overdue! += 1;
    }
    for (const key of ['total', 'overdue', ...SUMMARY_KEYS]) {
      const count = document.querySelector(`[data-summary="${key}"] [data-count]`);
      if (count) count.textContent = String(counts[key] ?? 0);
    }
    if (noMatch) noMatch.hidden = counts.total !== 0;
    message.textContent =
      counts.total === rows.length
        ? `Showing all ${rows.length} action items.`
        : `Showing ${counts.total} of ${rows.length} action items.`;
  }

  function navigate(filter: ActionItemFilter): void {
    const url = `${location.pathname}${actionItemQuery(filter)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
    show(filter);
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
  window.addEventListener('popstate', () => show(fromUrl()));

  const initial = fromUrl();
  const canonical = `${location.pathname}${actionItemQuery(initial)}${location.hash}`;
  if (canonical !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, '', canonical);
  const controls = form.querySelector('fieldset');
  if (controls) controls.disabled = false;
  show(initial);
}

const form = document.querySelector<HTMLFormElement>('form[data-action-item-filters]');
const table = document.querySelector<HTMLTableElement>('table[data-action-items]');
if (form && table) start(form, table);
