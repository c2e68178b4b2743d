/**
 * The /insights/ filters. The page is built for the whole archive; choosing a
 * service, team, severity or period fetches the archive's compact data file
 * once, recomputes the panels with the same modules the build used, and keeps
 * the choice in the URL query so a link or a reload shows the same view.
 */
import { unpackInsightsData, type InsightsDataFile } from '../lib/insights/data-file.ts';
import {
  applyInsightsFilter,
  FILTER_KEYS,
  insightsQuery,
  isUnfiltered,
  parseInsightsFilter,
  type FilterChoices,
  type FilterLabels,
  type InsightsFilter,
} from '../lib/insights/filters.ts';
import type { InsightIncident } from '../lib/insights/types.ts';
import { insightsView } from '../lib/insights/view.ts';
import { withQuery } from '../lib/url-state.ts';
import { renderView } from './insights-view-dom.ts';

interface LoadedData {
  file: InsightsDataFile;
  incidents: InsightIncident[];
}

function start(form: HTMLFormElement, root: HTMLElement): void {
  const selects = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, form.elements.namedItem(key) as HTMLSelectElement]),
  ) as Record<(typeof FILTER_KEYS)[number], HTMLSelectElement>;
  const choices = Object.fromEntries(
    FILTER_KEYS.map((key) => [key, [...selects[key].options].map((option) => option.value).filter(Boolean)]),
  ) as unknown as FilterChoices;
  /** Each option's text by its value, so a link that names a value still finds it. */
  const labels: FilterLabels = Object.fromEntries(
    FILTER_KEYS.map((key) => [
      key,
      Object.fromEntries([...selects[key].options].map((option) => [option.value, option.text])),
    ]),
  );
  const status = form.querySelector<HTMLElement>('[data-filter-status]')!;
  const total = Number(form.dataset.total);
  let data: Promise<LoadedData> | undefined;
  /** True once the panels no longer show what the build rendered. */
  let changed = false;
  let latest = 0;

  const load = () =>
    (data ??= fetch(form.dataset.dataUrl!)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${response.url}`);
        return response.json() as Promise<InsightsDataFile>;
      })
      .then((file) => ({ file, incidents: unpackInsightsData(file, form.dataset.base ?? '/') })));

  const describe = (filter: InsightsFilter) =>
    FILTER_KEYS.filter((key) => filter[key])
      .map((key) => {
        const label = selects[key].closest('label')?.querySelector('span')?.textContent?.trim() ?? key;
        return `${label}: ${selects[key].selectedOptions[0]?.text}`;
      })
      .join('; ');

  async function show(filter: InsightsFilter): Promise<void> {
    for (const key of FILTER_KEYS) selects[key].value = filter[key] ?? '';
    const request = ++latest;
    if (isUnfiltered(filter) && !changed) {
      status.textContent = `Showing all ${total} incidents.`;
      return;
    }
    root.setAttribute('aria-busy', 'true');
    status.textContent = 'Loading…';
    try {
      const { file, incidents } = await load();
      if (request !== latest) return;
      const kept = applyInsightsFilter(incidents, filter, file.today);
      renderView(
        root,
        insightsView(kept, { today: file.today, names: file.names, windowDays: file.windowDays, archive: incidents }),
      );
      changed = !isUnfiltered(filter);
      status.textContent = isUnfiltered(filter)
        ? `Showing all ${incidents.length} incidents.`
        : `Showing ${kept.length} of ${incidents.length} incidents (${describe(filter)}).`;
    } catch (error) {
      data = undefined;
      status.textContent = `The filters could not load their data (${(error as Error).message}). Reload to try again.`;
      throw error;
    } finally {
      if (request === latest) root.removeAttribute('aria-busy');
    }
  }

  function navigate(filter: InsightsFilter): void {
    const url = withQuery(location.href, insightsQuery(filter), location.hash);
    if (url !== location.href) history.pushState(null, '', url);
    void show(filter);
  }

  form.addEventListener('change', () =>
    navigate(Object.fromEntries(FILTER_KEYS.map((key) => [key, selects[key].value || undefined]))),
  );
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    navigate({});
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  window.addEventListener('popstate', () => void show(parseInsightsFilter(location.search, choices, labels)));

  // Values a link carries that this archive does not have are dropped from the URL.
  const initial = parseInsightsFilter(location.search, choices, labels);
  const canonical = withQuery(location.href, insightsQuery(initial), location.hash);
  if (canonical !== location.href) history.replaceState(null, '', canonical);
  const controls = form.querySelector('fieldset');
  if (controls) controls.disabled = false;
  void show(initial);
}

const form = document.querySelector<HTMLFormElement>('form[data-insights-filters]');
const root = document.querySelector<HTMLElement>('[data-insights-panels]');
if (form && root) start(form, root);
