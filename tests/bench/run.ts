/**
 * `npm run bench -- [--sizes 1000,10000] [--runs N] [--seed S] [--skip-floor] [--out-dir DIR] [--keep]`
 *
 * For each size: generates the corpus, then on that same corpus times
 * `npm run check`, builds the archive and the bare Astro + MDX floor (plus
 * pagefind over it), weighs the pages and measures search in Chromium.
 * `--runs N` builds each side N times, alternately and each from a cold
 * copy, and reports the median run's times and the highest peak memory.
 * Prints a table per size and writes results.md and results.json to the
 * output folder (default: a new folder under the system temp dir).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromiumAvailable, CHROMIUM_PATH } from '../e2e/support/browser.ts';
import { buildPhases, integrationLines, routeTimes } from './build-log.ts';
import { generateCorpus, writeCorpus } from './corpus/generate.ts';
import { runMeasured, type Measurement } from './measure.ts';
import { ARCHIVE_FILES, FLOOR_FILES, preparePrivateRoot } from './private-root.ts';
import { folderBytes, largestHtmlPage, largestServicePage, pageScripts, postmortemHtmlSizes } from './page-weights.ts';
import {
  growthRows,
  markdownReport,
  median,
  medianRun,
  sizeRows,
  textTable,
  type ProcessFigures,
  type SizeResult,
} from './report.ts';
import { measureSearchLatency, searchQueries } from './search-latency.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FLOOR_SOURCE = join(PROJECT_ROOT, 'tests/bench/floor');
const NODE_MODULES = join(PROJECT_ROOT, 'node_modules');
const ASTRO = 'node_modules/astro/bin/astro.mjs';
/** Builds are "as of" 2026-01-01, so overdue marks do not change from day to day. */
const BUILD_EPOCH = String(Date.UTC(2026, 0, 1) / 1000);
const CONTENT = 'content-bench';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    'skip-floor': { type: 'boolean', default: false },
    'out-dir': { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1)) {
  throw new Error(`--sizes must be whole numbers separated by commas, e.g. 1000,10000; got "${values.sizes}"`);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1, not "${values.runs}"`);
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) throw new Error(`--seed must be a whole number, not "${values.seed}"`);
const outDir = resolve(values['out-dir'] ?? mkdtempSync(join(tmpdir(), 'hindsight-bench-results-')));
mkdirSync(outDir, { recursive: true });
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: BUILD_EPOCH };
const node = process.execPath;
const figures = ({ wallMs, peakTreeRss, peakProcessRss, cpuMs, exitCode }: Measurement): ProcessFigures => ({
  wallMs,
  peakTreeRss,
  peakProcessRss,
  cpuMs,
  exitCode,
});
const step = (size: number, text: string) => console.log(`[${size}] ${text}`);

// One copy of the project for the whole run, so every size builds the same code even if the checkout changes.
const snapshotDir = mkdtempSync(join(tmpdir(), 'hindsight-bench-snapshot-'));
const snapshot = preparePrivateRoot(PROJECT_ROOT, ARCHIVE_FILES, NODE_MODULES, snapshotDir);

async function benchSize(size: number): Promise<SizeResult> {
  const work = mkdtempSync(join(tmpdir(), `hindsight-bench-${size}-`));
  try {
    const root = preparePrivateRoot(snapshot, ARCHIVE_FILES, NODE_MODULES, join(work, 'archive-root'));
    const corpusDir = join(root, CONTENT);
    const started = performance.now();
    const corpus = generateCorpus({ count: size, seed });
    writeCorpus(corpusDir, corpus);
    const corpusMs = performance.now() - started;
    const published = corpus.postmortems.filter((postmortem) => postmortem.status === 'published');
    step(size, `corpus: ${size} postmortems (${published.length} published) in ${(corpusMs / 1000).toFixed(1)} s`);
    const loadBefore = loadavg();

    const archiveEnv = { ...env, HINDSIGHT_CONTENT_DIR: CONTENT };
    /** Runs one measured step; its output goes to <name>-<size>.log in the output folder. */
    const run = async (name: string, args: string[], cwd: string, stepEnv: NodeJS.ProcessEnv) => {
      step(size, `${name} …`);
      const log = join(outDir, `${name}-${size}.log`);
      const measurement = await runMeasured(node, args, { cwd, env: stepEnv, logFile: log });
      if (measurement.exitCode !== 0) {
        const tail = measurement.lines.slice(-30).map((line) => line.text);
        throw new Error(`${name} failed (exit ${measurement.exitCode}); log: ${log}\n${tail.join('\n')}`);
      }
      step(size, `${name}: ${(measurement.wallMs / 1000).toFixed(1)} s`);
      return measurement;
    };
    const check = await run('check', ['src/cli/check.ts'], root, archiveEnv);
    // The first run's output is the one weighed and searched below; the builds are reproducible, so any run's would do.
    const archiveDist = join(work, 'archive-dist');
    const archiveRuns: Measurement[] = [];
    const floorRuns: { build: Measurement; pagefind: Measurement; wallMs: number; pagefindBytes: number }[] = [];
    const discard = (...folders: string[]) => {
      if (!values.keep) for (const folder of folders) rmSync(folder, { recursive: true, force: true });
    };
    // The two sides take turns, so a slow spell of the machine falls on both rather than on one side's runs.
    for (let index = 0; index < runs; index++) {
      const suffix = index === 0 ? '' : `-run${index + 1}`;
      // Later runs build in a fresh copy, with its own cold caches (Astro's and the preview cards').
      const runRoot =
        index === 0
          ? root
          : preparePrivateRoot(snapshot, ARCHIVE_FILES, NODE_MODULES, join(work, `archive-root${suffix}`));
      if (index > 0) cpSync(corpusDir, join(runRoot, CONTENT), { recursive: true });
      const runDist = index === 0 ? archiveDist : join(work, `archive-dist${suffix}`);
      // What `npm run build` runs: astro build, then the search index and preview images once Astro has exited.
      archiveRuns.push(
        await run(`archive-build${suffix}`, ['src/cli/build.ts', '--outDir', runDist], runRoot, archiveEnv),
      );
      if (index > 0) discard(runRoot, runDist);

      if (!values['skip-floor']) {
        const floorDist = join(work, `floor-dist${suffix}`);
        const floorRoot = preparePrivateRoot(
          FLOOR_SOURCE,
          FLOOR_FILES,
          NODE_MODULES,
          join(work, `floor-root${suffix}`),
        );
        const floorEnv = { ...env, BENCH_FLOOR_CONTENT_DIR: corpusDir };
        const build = await run(`floor-build${suffix}`, [ASTRO, 'build', '--outDir', floorDist], floorRoot, floorEnv);
        const pagefindArgs = [join(NODE_MODULES, 'pagefind/lib/runner/bin.cjs'), '--site', floorDist];
        const pagefind = await run(
          `floor-pagefind${suffix}`,
          [...pagefindArgs, '--force-language', 'en'],
          PROJECT_ROOT,
          env,
        );
        const pagefindBytes = folderBytes(join(floorDist, 'pagefind'));
        floorRuns.push({ build, pagefind, wallMs: build.wallMs + pagefind.wallMs, pagefindBytes });
        discard(floorRoot, floorDist);
      }
    }
    const archive = medianRun(archiveRuns);
    const highest = (amounts: number[]) => Math.max(...amounts);

    let floor: SizeResult['floor'];
    let floorPagefindBytes: number | undefined;
    if (floorRuns.length > 0) {
      const { build, pagefind, wallMs } = medianRun(floorRuns);
      const buildPeak = highest(floorRuns.map((each) => each.build.peakTreeRss));
      const pagefindPeak = highest(floorRuns.map((each) => each.pagefind.peakTreeRss));
      floor = {
        build: { ...figures(build), peakTreeRss: buildPeak, phases: buildPhases(build) },
        pagefind: { ...figures(pagefind), peakTreeRss: pagefindPeak },
        wallMs,
        peakRss: Math.max(buildPeak, pagefindPeak),
      };
      floorPagefindBytes = floorRuns[0]!.pagefindBytes;
    }

    const firstPublished = [...published].sort((a, b) => a.id.localeCompare(b.id))[0]!.id;
    const pagePaths = [
      ['index', ''],
      ['postmortem', `postmortems/${firstPublished}/`],
      ['search', 'search/'],
      ['insights', 'insights/'],
      ['action-items', 'action-items/'],
      ['service', largestServicePage(archiveDist)],
    ] as const;
    const pages = pagePaths.map(([name, path]) => ({ name, path, scripts: pageScripts(archiveDist, path) }));

    let search: SizeResult['search'];
    if (chromiumAvailable()) {
      const publishedIds = new Set(published.map((postmortem) => postmortem.id));
      const texts = corpus.files.filter((file) => publishedIds.has(file.path.replace(/^postmortems\/|\.mdx$/g, '')));
      const queries = searchQueries(texts.map((file) => file.text));
      step(size, `search latency, ${queries.length} queries …`);
      const latency = await measureSearchLatency(archiveDist, queries);
      search = {
        queries,
        firstMedian: median(latency.first),
        nextMedian: median(latency.next),
        submittedMedian: median(latency.submitted),
        failures: latency.failures,
      };
    } else {
      step(size, `no Chromium at ${CHROMIUM_PATH}: search latency not measured`);
    }

    return {
      size,
      published: published.length,
      corpusMs,
      check: figures(check),
      runs: { archiveMs: archiveRuns.map((each) => each.wallMs), floorMs: floorRuns.map((each) => each.wallMs) },
      archive: {
        ...figures(archive),
        peakTreeRss: highest(archiveRuns.map((each) => each.peakTreeRss)),
        peakProcessRss: highest(archiveRuns.map((each) => each.peakProcessRss)),
        phases: buildPhases(archive),
        routes: routeTimes(archive),
        log: integrationLines(archive),
        htmlFiles: readdirSync(archiveDist, { recursive: true }).filter((file) => String(file).endsWith('.html'))
          .length,
      },
      floor,
      html: postmortemHtmlSizes(archiveDist),
      largestPage: largestHtmlPage(archiveDist),
      pages,
      pagefindBytes: folderBytes(join(archiveDist, 'pagefind')),
      floorPagefindBytes,
      search,
      loadAverage: { before: loadBefore, after: loadavg() },
    };
  } finally {
    if (values.keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

function machine(): Record<string, string> {
  const version = (name: string) =>
    JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
  let chromium = 'not installed';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {}
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  let commit = 'unknown';
  try {
    commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', 'src', 'astro.config.mjs') ? ' + uncommitted changes in src/' : ''}`;
  } catch {}
  return {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    CPUs: `${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown'}`,
    memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    kernel: release(),
    node: process.version,
    astro: version('astro'),
    '@astrojs/mdx': version('@astrojs/mdx'),
    pagefind: version('pagefind'),
    chromium,
    seed: String(seed),
    'project commit': commit,
  };
}

const results: SizeResult[] = [];
const info = machine();
try {
  for (const size of sizes) {
    results.push(await benchSize(size));
    console.log(`\n${size.toLocaleString('en-US')} postmortems\n${textTable(sizeRows(results.at(-1)!))}\n`);
    // Written after every size, so a long run that fails later keeps what it measured.
    writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ command, machine: info, results }, null, 2)}\n`);
    writeFileSync(join(outDir, 'results.md'), markdownReport(results, info, command));
  }
} finally {
  rmSync(snapshotDir, { recursive: true, force: true });
}
const growth = growthRows(results);
if (growth.length) console.log(`Growth\n${textTable(growth)}\n`);
console.log(`Results: ${join(outDir, 'results.md')}`);
