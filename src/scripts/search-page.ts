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
import { narrativeExcerpt, type ExcerptSource } from '../lib/search-excerpt.ts';
import { safeExcerpt } from './safe-excerpt.ts';

interface PagefindResultData extends ExcerptSource {
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
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
}

const PAGE_SIZE = 20;
const EXCERPT_WORDS = 30;
const RANKING = { termSimilarity: 5, termSaturation: 2.5 };
// Phones get the filters folded under the search box, as on the index.
const NARROW = '(max-width: 48rem)';
// One word per first character a query can start with: preloading them fetches every chunk of the word index once.
const FIRST_CHARACTERS = [...'abcdefghijklmnopqrstuvwxyz0123456789'];
const root = document.querySelector<HTMLElement>('[data-search-page]');

if (root) {
  const base = root.dataset.base ?? '/';
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = root.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = root.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filterPanel = root.querySelector<HTMLElement>('[data-filters]')!;
  const disclosure = root.querySelector<HTMLDetailsElement>('[data-filters-disclosure]')!;
  const activeCount = root.querySelector<HTMLElement>('[data-active-filters]')!;
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
      // A whole-word match ("auth") counts well above a longer word it begins ("authorisation"), and a word
      // that recurs (a service id in the terms and the narrative) keeps adding: ids and names rank their incidents first.
      await pagefind.options({ baseUrl: base, excerptLength: EXCERPT_WORDS, ranking: RANKING });
      await pagefind.init();
    }
    return pagefind;
  };

  /** Fetches the word index before the first keystroke, so the first query does not wait for it. */
  let warmed: Promise<unknown> | undefined;
  const warmIndex = () => {
    warmed ??= loadPagefind()
      .then((api) => Promise.all(FIRST_CHARACTERS.map((character) => api.preload(character))))
      .catch(() => undefined);
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
        const matching = counts[key]?.[name] ?? 0;
        const count = document.createElement('span');
        count.className = 'count';
        // No match: the option stays (and stays reachable) but is muted, and says so in words rather than "0".
        if (matching === 0 && !checkbox.checked) {
          row.classList.add('filter-option-empty');
          count.classList.add('visually-hidden');
          count.textContent = '(no matches)';
        } else {
          count.textContent = String(matching);
        }
        text.append(' ', count);
        row.append(checkbox, text);
        fieldset.append(row);
      }
      filterPanel.append(fieldset);
    }
    const active = Object.values(state.filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
    activeCount.textContent = active > 0 ? `(${active} on)` : '';
  };

  const renderResult = async (result: { data(): Promise<PagefindResultData> }) => {
    const data = await result.data();
    const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const link = item.querySelector<HTMLAnchorElement>('[data-title]')!;
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    const narrativeFrom = Number(data.meta.narrativeFrom ?? 0);
    const severity = item.querySelector<HTMLElement>('[data-severity]')!;
    severity.textContent = data.meta.severity ?? '';
    severity.className = `badge badge-${(data.meta.severity ?? '').toLowerCase()}`;
    item.querySelector('[data-date]')!.textContent = data.meta.date ?? '';
    item.querySelector('[data-services]')!.textContent = data.meta.services ?? '';
    item.querySelector('[data-durations]')!.textContent = `TTD ${data.meta.ttd ?? '?'} · TTM ${data.meta.ttm ?? '?'}`;
    // Incident pages index their service, team and cause names before the narrative; excerpts skip them.
    const excerpt = narrativeFrom > 0 ? narrativeExcerpt(data, narrativeFrom, EXCERPT_WORDS) : data.excerpt;
    item.querySelector('[data-excerpt]')!.replaceChildren(safeExcerpt(excerpt));
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
  input.addEventListener('focus', warmIndex);
  // Typing and Enter both search; a query already searched for is not searched again, so a
  // second run cannot redraw the list while someone is reading the first.
  const searchTyped = () => {
    clearTimeout(typing);
    const query = input.value.trim();
    if (query !== state.query) update({ ...state, query });
  };
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(searchTyped, 40);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchTyped();
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
  disclosure.hidden = false;
  disclosure.open = !matchMedia(NARROW).matches;
  warmIndex();
  run().catch(() => {
    status.textContent = 'The search index could not be loaded. It is written by `npm run build`.';
  });
}
