/**
 * The /search/ page: pagefind queries, filters and sort, all mirrored in the
 * URL with ids (src/lib/search-state.ts); the index's display names are
 * translated through the labels the page carries.
 */
import { canonicalValue, withQuery } from '../lib/url-state.ts';
import {
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  SEARCH_FILTERS,
  serializeSearchState,
  type SearchLabels,
  type SearchState,
} from '../lib/search-state.ts';
import { safeExcerpt } from './safe-excerpt.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options?: Record<string, unknown>): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 20;
const root = document.querySelector<HTMLElement>('[data-search-page]');

if (root) {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filterPanel = root.querySelector<HTMLElement>('[data-filters]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const template = root.querySelector<HTMLTemplateElement>('template[data-result]')!;

  const labels = JSON.parse(root.dataset.labels ?? '{}') as SearchLabels;
  let state: SearchState = parseSearchState(location.search, labels);
  let pagefind: Pagefind | undefined;
  let shown = 0;
  let current: PagefindSearch | null = null;
  let generation = 0;
  let allFilters: Record<string, Record<string, number>> | undefined;

  const loadPagefind = async (): Promise<Pagefind> => {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: base, excerptLength: 30 });
      await pagefind.init();
    }
    return pagefind;
  };

  const renderFilters = (
    all: Record<string, Record<string, number>>,
    counts: Record<string, Record<string, number>>,
  ) => {
    filterPanel.replaceChildren();
    for (const { key, label } of SEARCH_FILTERS) {
      const names = Object.keys(all[key] ?? {}).sort((a, b) =>
        key === 'year' ? b.localeCompare(a) : a.localeCompare(b),
      );
      if (names.length === 0) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = label;
      fieldset.append(legend);
      for (const name of names) {
        const value = canonicalValue(name, labels[key]);
        const id = `filter-${key}-${value}`.replace(/[^a-zA-Z0-9_-]/g, '-');
        const row = document.createElement('div');
        row.className = 'filter-option';
        const checkbox = document.createElement('input');
        checkbox.type = 'checkbox';
        checkbox.id = id;
        checkbox.name = key;
        checkbox.value = value;
        checkbox.checked = state.filters[key]?.includes(value) ?? false;
        const text = document.createElement('label');
        text.htmlFor = id;
        text.textContent = name;
        const count = document.createElement('span');
        count.className = 'count';
        count.textContent = String(counts[key]?.[name] ?? 0);
        count.toggleAttribute('data-zero', (counts[key]?.[name] ?? 0) === 0);
        text.append(' ', count);
        row.append(checkbox, text);
        fieldset.append(row);
      }
      filterPanel.append(fieldset);
    }
  };

  const renderResult = async (result: { data(): Promise<PagefindResultData> }) => {
    const data = await result.data();
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const link = item.querySelector<HTMLAnchorElement>('[data-title]')!;
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    const severity = item.querySelector<HTMLElement>('[data-severity]')!;
    severity.textContent = data.meta.severity ?? '';
    severity.className = `badge badge-${(data.meta.severity ?? '').toLowerCase()}`;
    item.querySelector('[data-date]')!.textContent = data.meta.date ?? '';
    item.querySelector('[data-services]')!.textContent = data.meta.services ?? '';
    item.querySelector('[data-durations]')!.textContent = `TTD ${data.meta.ttd ?? '?'} · TTM ${data.meta.ttm ?? '?'}`;
    item.querySelector('[data-excerpt]')!.replaceChildren(safeExcerpt(data.excerpt));
    return item;
  };

  const showMore = async () => {
    if (!current) return;
    const batch = current.results.slice(shown, shown + PAGE_SIZE);
    shown += batch.length;
    more.hidden = shown >= current.results.length;
    // Each result shows as soon as its own fragment arrives, in rank order.
    const slots = batch.map(() => list.appendChild(document.createElement('li')));
    await Promise.all(batch.map(async (result, index) => slots[index]!.replaceWith(await renderResult(result))));
  };

  const run = async () => {
    const mine = ++generation;
    const api = await loadPagefind();
    // Every filter value, loaded once; each search then supplies its own counts.
    allFilters ??= await api.filters();
    const hasCriteria = state.query !== '' || Object.keys(state.filters).length > 0;
    const search = await api.search(state.query || null, {
      filters: pagefindFilters(state, labels),
      sort: pagefindSort(state.sort) ?? (state.query ? undefined : { date: 'desc' }),
    });
    if (mine !== generation) return;
    renderFilters(allFilters, structuredClone(search?.filters ?? {}));
    current = search;
    shown = 0;
    list.replaceChildren();
    if (!hasCriteria || !search) {
      status.textContent = 'Type a word, a service or an error message; or pick a filter.';
      more.hidden = true;
      return;
    }
    const count = search.results.length;
    status.textContent = count === 0 ? 'No postmortem matches.' : `${count} postmortem${count === 1 ? '' : 's'} found.`;
    await showMore();
  };

  const update = (next: SearchState) => {
    state = next;
    history.replaceState(null, '', withQuery(location.href, serializeSearchState(state)));
    void run();
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => update({ ...state, query: input.value.trim() }), 40);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ ...state, query: input.value.trim() });
  });
  sortSelect.addEventListener('change', () => update({ ...state, sort: sortSelect.value as SearchState['sort'] }));
  filterPanel.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const key = box.name as keyof SearchState['filters'];
    const values = new Set(state.filters[key] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    const filters = { ...state.filters, [key]: [...values] };
    if (values.size === 0) delete filters[key];
    update({ ...state, filters });
  });
  more.addEventListener('click', () => void showMore());

  // Older links (`detection=`, display names) are rewritten to the URL this state has today.
  history.replaceState(null, '', withQuery(location.href, serializeSearchState(state)));
  input.value = state.query;
  sortSelect.value = state.sort;
  run().catch(() => {
    status.textContent = 'The search index could not be loaded. It is written by `npm run build`.';
  });
}
