/**
 * Live filtering and sorting of the archive index. The first page and its
 * pagination are plain HTML; filtering loads the compact index JSON on first use.
 */
import {
  applyFacets,
  facetCounts,
  isDefaultState,
  parseFacetState,
  serializeFacetState,
  type FacetKey,
  type FacetState,
  type FacetValueLabels,
} from '../lib/archive-facets.ts';
import { type IndexRow } from '../lib/incident/index-row.ts';
import { indexRowMarkup } from '../lib/incident/index-row-markup.ts';
import { toDom } from '../lib/markup/to-dom.ts';
import { withQuery } from '../lib/url-state.ts';

interface IndexData {
  rows: IndexRow[];
  labels: Record<FacetKey, Record<string, string>>;
}

const BATCH = 50;
const root = document.querySelector<HTMLElement>('[data-archive-index]');

if (root) {
  const form = root.querySelector<HTMLFormElement>('[data-facets]')!;
  const disclosure = root.querySelector<HTMLDetailsElement>('[data-facets-disclosure]')!;
  const body = root.querySelector<HTMLTableSectionElement>('[data-rows]');
  const resultCount = root.querySelector<HTMLElement>('[data-result-count]')!;
  const empty = root.querySelector<HTMLElement>('[data-empty]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;
  const pagination = root.querySelector<HTMLElement>('[data-pagination]');
  const initialRows = body ? Array.from(body.children) : [];
  const initialCount = resultCount.textContent;
  let data: Promise<IndexData> | undefined;
  let matching: IndexRow[] = [];
  let shown = 0;

  const load = () => {
    data ??= fetch(root.dataset.source!).then((response) => {
      if (!response.ok) throw new Error(`index data: HTTP ${response.status}`);
      return response.json() as Promise<IndexData>;
    });
    return data;
  };

  const renderRow = (row: IndexRow, labels: IndexData['labels']): Node =>
    toDom(indexRowMarkup(row, labels.service), document);

  const showMore = async () => {
    const { labels } = await load();
    const batch = matching.slice(shown, shown + BATCH);
    shown += batch.length;
    body?.append(...batch.map((row) => renderRow(row, labels)));
    more.hidden = shown >= matching.length;
  };

  /** Each checkbox's value by its label, so a link that names a value still finds it. */
  const labels: FacetValueLabels = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
    const name = box.closest('label')?.querySelector('.facet-name')?.textContent?.trim();
    if (name) ((labels[box.name as FacetKey] ??= {}) as Record<string, string>)[box.value] = name;
  }

  const readForm = (): FacetState => {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) params.append(key, String(value));
    return parseFacetState(params.toString());
  };

  const writeForm = (state: FacetState) => {
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = state.filters[box.name as FacetKey]?.includes(box.value) ?? false;
    }
    form.querySelector<HTMLSelectElement>('select[name="sort"]')!.value = state.sort;
  };

  const render = async (state: FacetState) => {
    if (isDefaultState(state)) {
      // Back to the server-rendered page.
      body?.replaceChildren(...initialRows);
      resultCount.textContent = initialCount;
      if (pagination) pagination.hidden = false;
      empty.hidden = true;
      more.hidden = true;
    }
    const { rows } = await load();
    const counts = facetCounts(rows, state);
    for (const element of form.querySelectorAll<HTMLElement>('[data-count]')) {
      const [key, value] = element.dataset.count!.split(/:(.*)/s) as [FacetKey, string];
      const count = counts[key]?.get(value) ?? 0;
      element.textContent = String(count);
      element.toggleAttribute('data-zero', count === 0);
    }
    if (isDefaultState(state)) return;
    matching = applyFacets(rows, state);
    shown = 0;
    body?.replaceChildren();
    if (pagination) pagination.hidden = true;
    resultCount.textContent = `${matching.length} of ${rows.length} postmortems match.`;
    empty.hidden = matching.length > 0;
    await showMore();
  };

  const update = () => {
    const state = readForm();
    history.replaceState(null, '', withQuery(location.href, serializeFacetState(state)));
    void render(state);
  };

  // Filters show beside the list on wide screens and fold away on phones.
  disclosure.hidden = false;
  disclosure.open = !matchMedia('(max-width: 48rem)').matches;
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  more.addEventListener('click', () => void showMore());
  root.querySelector('[data-clear]')!.addEventListener('click', () => {
    writeForm({ filters: {}, sort: 'newest' });
    update();
  });

  const initial = parseFacetState(location.search, labels);
  // Older links (other keys, display names) are rewritten to the URL this state has today.
  history.replaceState(null, '', withQuery(location.href, serializeFacetState(initial), location.hash));
  writeForm(initial);
  if (!isDefaultState(initial)) {
    render(initial).catch(() => {
      resultCount.textContent = 'The filter data could not be loaded; showing the unfiltered list.';
    });
  }
}
