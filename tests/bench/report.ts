/**
 * The benchmark's figures next to the targets, as plain-text tables
 * for the terminal and as Markdown for docs/benchmarks.md.
 */
import type { Phase, RouteKind } from './build-log.ts';
import type { HtmlSizes, PageScripts } from './page-weights.ts';

export interface ProcessFigures {
  wallMs: number;
  peakTreeRss: number;
  peakProcessRss: number;
  /** User plus system CPU time; NaN when it could not be read. */
  cpuMs: number;
  exitCode: number;
}

/** The targets: at 10,000 postmortems, within these multiples of the floor. */
export const WALL_TIME_TARGET = 1.6;
export const PEAK_MEMORY_TARGET = 1.3;
/** Every page's HTML, gzip. */
export const PAGE_GZIP_TARGET = 150 * 1000;

export interface SizeResult {
  size: number;
  published: number;
  corpusMs: number;
  /** Wall time of every build of each side, in the order run (floor: its build plus pagefind). */
  runs?: { archiveMs: number[]; floorMs: number[] };
  check: ProcessFigures;
  archive: ProcessFigures & { phases: Phase[]; routes: RouteKind[]; log: string[]; htmlFiles: number };
  floor?: {
    build: ProcessFigures & { phases: Phase[] };
    pagefind: ProcessFigures;
    wallMs: number;
    peakRss: number;
  };
  html: HtmlSizes;
  /** The largest HTML file of the whole build, gzip. */
  largestPage: { path: string; gzip: number };
  pages: { name: string; path: string; scripts: PageScripts }[];
  pagefindBytes: number;
  floorPagefindBytes?: number;
  search?: { queries: string[]; firstMedian: number; nextMedian: number; submittedMedian: number; failures: string[] };
  loadAverage: { before: number[]; after: number[] };
}

export interface Row {
  figure: string;
  value: string;
  target: string;
  /** true/false when there is a target, undefined when the figure is information. */
  holds?: boolean;
}

const KB = 1000;
export const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length === 0
    ? Number.NaN
    : sorted.length % 2
      ? sorted[middle]!
      : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The run with the median wall time (the lower middle one of an even number), so all its figures belong together. */
export function medianRun<T extends { wallMs: number }>(runs: readonly T[]): T {
  return [...runs].sort((a, b) => a.wallMs - b.wallMs)[(runs.length - 1) >> 1]!;
}

/** Every figure of one corpus size, each with its target where the issue sets one. */
export function sizeRows(result: SizeResult): Row[] {
  const { archive, floor, html } = result;
  const runCount = result.runs?.archiveMs.length ?? 1;
  const ofRuns = (kind: string) => (runCount > 1 ? ` (${kind} of ${runCount} runs)` : '');
  const rows: Row[] = [
    {
      figure: `archive build: wall time${ofRuns('median')}`,
      value: seconds(archive.wallMs),
      target: floor ? `<= ${WALL_TIME_TARGET} x floor (${seconds(WALL_TIME_TARGET * floor.wallMs)})` : '',
      holds: floor ? archive.wallMs <= WALL_TIME_TARGET * floor.wallMs : undefined,
    },
    {
      figure: `archive build: peak memory (process tree)${ofRuns('highest')}`,
      value: mib(archive.peakTreeRss),
      target: floor ? `<= ${PEAK_MEMORY_TARGET} x floor (${mib(PEAK_MEMORY_TARGET * floor.peakRss)})` : '',
      holds: floor ? archive.peakTreeRss <= PEAK_MEMORY_TARGET * floor.peakRss : undefined,
    },
    { figure: 'archive build: largest single process', value: mib(archive.peakProcessRss), target: '' },
    { figure: 'archive build: CPU time (user + system)', value: seconds(archive.cpuMs), target: '' },
    ...(runCount > 1
      ? [
          {
            figure: 'archive build: wall time of each run',
            value: result.runs!.archiveMs.map(seconds).join(', '),
            target: '',
          },
        ]
      : []),
    {
      figure: 'archive build: time per postmortem',
      value: `${(archive.wallMs / result.size).toFixed(1)} ms`,
      target: 'not worse at 10,000 than at 1,000 (see summary)',
    },
  ];
  if (floor) {
    rows.push(
      {
        figure: `floor: astro build + pagefind, wall time${ofRuns('median')}`,
        value: `${seconds(floor.wallMs)} (${seconds(floor.build.wallMs)} + ${seconds(floor.pagefind.wallMs)})`,
        target: '',
      },
      {
        figure: `floor: peak memory (larger of the two steps)${ofRuns('highest')}`,
        value: `${mib(floor.peakRss)} (build ${mib(floor.build.peakTreeRss)}, pagefind ${mib(floor.pagefind.peakTreeRss)})`,
        target: '',
      },
      ...(runCount > 1
        ? [{ figure: 'floor: wall time of each run', value: result.runs!.floorMs.map(seconds).join(', '), target: '' }]
        : []),
      { figure: 'floor: time per postmortem', value: `${(floor.wallMs / result.size).toFixed(1)} ms`, target: '' },
      {
        figure: 'ratio archive / floor: wall time',
        value: (archive.wallMs / floor.wallMs).toFixed(2),
        target: `<= ${WALL_TIME_TARGET.toFixed(2)}`,
        holds: archive.wallMs / floor.wallMs <= WALL_TIME_TARGET,
      },
      {
        figure: 'ratio archive / floor: peak memory',
        value: (archive.peakTreeRss / floor.peakRss).toFixed(2),
        target: `<= ${PEAK_MEMORY_TARGET.toFixed(2)}`,
        holds: archive.peakTreeRss / floor.peakRss <= PEAK_MEMORY_TARGET,
      },
      {
        figure: 'floor: CPU time (user + system)',
        value: seconds(floor.build.cpuMs + floor.pagefind.cpuMs),
        target: '',
      },
    );
  }
  rows.push(
    { figure: '`npm run check` alone: wall time', value: seconds(result.check.wallMs), target: '' },
    { figure: '`npm run check` alone: peak memory', value: mib(result.check.peakTreeRss), target: '' },
    {
      figure: 'postmortem page HTML, median (raw / gzip)',
      value: `${kb(html.median)} / ${kb(html.medianGzip)}`,
      target: '<= 25 KB gzip',
      holds: html.medianGzip <= 25 * KB,
    },
    {
      figure: 'postmortem page HTML, max (raw / gzip)',
      value: `${kb(html.max)} / ${kb(html.maxGzip)} (${html.maxPath})`,
      target: '',
    },
  );
  for (const { name, path, scripts } of result.pages) {
    const isIncident = name === 'postmortem';
    rows.push({
      figure: `JavaScript gzip, ${name} page: on load / later (dynamic import)`,
      value: `${kb(scripts.eagerGzip)} / ${kb(scripts.lazyGzip)}`,
      target: isIncident ? 'none on load but the search box, loaded on use' : '',
      holds: isIncident ? scripts.eagerGzip === 0 : undefined,
    });
  }
  for (const name of ['index', 'insights', 'action-items']) {
    const page = result.pages.find((candidate) => candidate.name === name);
    if (!page) continue;
    rows.push({
      figure: `${name} page HTML gzip`,
      value: kb(page.scripts.htmlGzip),
      target: '< 150 KB gzip at 10,000',
      holds: result.size >= 10_000 ? page.scripts.htmlGzip < PAGE_GZIP_TARGET : undefined,
    });
  }
  rows.push({
    figure: 'largest HTML page of the build, gzip',
    value: `${kb(result.largestPage.gzip)} (${result.largestPage.path})`,
    target: '< 150 KB gzip at 10,000',
    holds: result.size >= 10_000 ? result.largestPage.gzip < PAGE_GZIP_TARGET : undefined,
  });
  rows.push({
    figure: 'pagefind index, all files',
    value:
      `${(result.pagefindBytes / 1024 / 1024).toFixed(1)} MiB` +
      (result.floorPagefindBytes ? ` (floor: ${(result.floorPagefindBytes / 1024 / 1024).toFixed(1)} MiB)` : ''),
    target: '',
  });
  if (result.search) {
    const { firstMedian, nextMedian, submittedMedian, failures, queries } = result.search;
    rows.push(
      {
        figure: `search: typing to first result, median of ${queries.length} (fresh page)`,
        value: `${firstMedian.toFixed(0)} ms`,
        target: '< 300 ms at 10,000',
        holds: result.size >= 10_000 ? firstMedian < 300 : undefined,
      },
      { figure: 'search: the same, as the second search on a page', value: `${nextMedian.toFixed(0)} ms`, target: '' },
      {
        figure: 'search: submitted with Enter (no typing pause)',
        value: `${submittedMedian.toFixed(0)} ms`,
        target: '',
      },
    );
    if (failures.length)
      rows.push({
        figure: 'search: queries without a result in 15 s',
        value: failures.join(', '),
        target: 'none',
        holds: false,
      });
  }
  return rows;
}

/** Per-postmortem time across sizes: the linear-growth target. */
export function growthRows(results: SizeResult[]): Row[] {
  if (results.length < 2) return [];
  const [small, large] = [results[0]!, results.at(-1)!];
  const per = (result: SizeResult) => result.archive.wallMs / result.size;
  const marginal = (large.archive.wallMs - small.archive.wallMs) / (large.size - small.size);
  const rows: Row[] = [
    {
      figure: `archive time per postmortem, ${large.size} vs ${small.size}`,
      value: `${per(large).toFixed(1)} ms vs ${per(small).toFixed(1)} ms`,
      target: `at ${large.size} no worse than at ${small.size}`,
      holds: per(large) <= per(small),
    },
    {
      figure: `archive marginal cost per extra postmortem (${small.size} -> ${large.size})`,
      value: `${marginal.toFixed(1)} ms`,
      target: '',
    },
  ];
  if (small.floor && large.floor) {
    const floorMarginal = (large.floor.wallMs - small.floor.wallMs) / (large.size - small.size);
    rows.push({
      figure: `floor marginal cost per extra postmortem (${small.size} -> ${large.size})`,
      value: `${floorMarginal.toFixed(1)} ms`,
      target: '',
    });
  }
  return rows;
}

const verdict = (row: Row) => (row.holds === undefined ? '' : row.holds ? 'yes' : 'NO');

export function textTable(rows: Row[]): string {
  const cells = rows.map((row) => [row.figure, row.value, row.target, verdict(row)]);
  const widths = [0, 1, 2, 3].map((column) => Math.max(...cells.map((cell) => cell[column]!.length), 4));
  const line = (cell: string[]) =>
    cell
      .map((text, column) => text.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(['figure', 'value', 'target', 'met']), ...cells.map(line)].join('\n');
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|');

export function markdownTable(header: string[], body: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...body.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ].join('\n');
}

export function markdownRows(rows: Row[]): string {
  return markdownTable(
    ['figure', 'value', 'target', 'met'],
    rows.map((row) => [row.figure, row.value, row.target, verdict(row)]),
  );
}

/** Each page type: its HTML and the JavaScript it loads. */
export function pageTable(result: SizeResult): string {
  return markdownTable(
    ['page type', 'page', 'HTML raw / gzip', 'JS gzip on load', 'JS gzip later', 'JS files'],
    result.pages.map(({ name, path, scripts }) => [
      name,
      `/${path}`,
      `${kb(scripts.htmlBytes)} / ${kb(scripts.htmlGzip)}`,
      kb(scripts.eagerGzip),
      kb(scripts.lazyGzip),
      [...scripts.eagerFiles, ...scripts.lazyFiles.map((file) => `${file} (later)`)].join(', ') || 'none',
    ]),
  );
}

/** The eight slowest kinds of route, then the rest together. */
function topRoutes(routes: RouteKind[]): RouteKind[] {
  const rest = routes.slice(8);
  const sum = (key: 'routes' | 'ms') => rest.reduce((total, route) => total + route[key], 0);
  return rest.length
    ? [...routes.slice(0, 8), { kind: 'all other routes', routes: sum('routes'), ms: sum('ms') }]
    : routes;
}

/** The full Markdown report: machine, then per size the figures, the pages, the build's phases and route times. */
export function markdownReport(results: SizeResult[], machine: Record<string, string>, command: string): string {
  const parts = ['## Run', '', `Command: \`${command}\``, '', markdownTable(['machine', ''], Object.entries(machine))];
  const growth = growthRows(results);
  if (growth.length) parts.push('', '## Growth', '', markdownRows(growth));
  for (const result of results) {
    const count = (value: number) => value.toLocaleString('en-US');
    const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');
    parts.push(
      '',
      `## ${count(result.size)} postmortems (${count(result.published)} published)`,
      '',
      markdownRows(sizeRows(result)),
      '',
      `Corpus generated in ${seconds(result.corpusMs)}. ${count(result.archive.htmlFiles)} HTML files in the archive's output. Load average (1, 5, 15 min) before: ${load(result.loadAverage.before)}; after: ${load(result.loadAverage.after)}.`,
      '',
      '### Page types',
      '',
      pageTable(result),
      '',
      "### Where the build time goes (from Astro's log)",
      '',
      markdownTable(
        ['phase', 'archive', 'floor'],
        result.archive.phases.map((phase, index) => [
          phase.phase,
          seconds(phase.ms),
          result.floor?.build.phases[index]
            ? seconds(result.floor.build.phases[index]!.ms)
            : result.floor && phase.phase.startsWith('search index')
              ? `${seconds(result.floor.pagefind.wallMs)} (its pagefind run)`
              : '',
        ]),
      ),
      '',
      `Floor phases are its \`astro build\` alone; its pagefind run took ${result.floor ? seconds(result.floor.pagefind.wallMs) : 'n/a'}. The archive's integration logged:`,
      '',
      ...result.archive.log.map((line) => `- ${line}`),
      '',
      'Render time per kind of route (summed from the `(+N ms)` Astro prints per route). The archive renders',
      "several pages at a time (`build.concurrency` in astro.config.mjs), so a route's figure also counts the",
      'pages rendering beside it: the totals compare kinds of route with each other, not with the phase above.',
      '',
      markdownTable(
        ['route', 'routes', 'total', 'per route'],
        topRoutes(result.archive.routes).map((route) => [
          route.kind,
          count(route.routes),
          seconds(route.ms),
          `${(route.ms / route.routes).toFixed(1)} ms`,
        ]),
      ),
    );
    if (result.search) parts.push('', `Search queries: ${result.search.queries.join(', ')}.`);
  }
  return `${parts.join('\n')}\n`;
}
