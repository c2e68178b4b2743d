/**
 * The shape of the code: no import cycle, each layer imports only the layers
 * below it, and the browser bundle carries no validation or time library.
 * Every failure names the importing file, its line and the import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importsOf, readImportGraph, type ImportEdge } from '../support/import-graph.ts';
import { PROJECT_ROOT } from '../support/fixture-build.ts';

const graph = readImportGraph(PROJECT_ROOT, ['src', 'astro.config.mjs']);
const edges = [...graph.values()].flat();

const describeEdge = (edge: ImportEdge) =>
  `${edge.from}:${edge.line} imports '${edge.specifier}'${edge.to && edge.to !== edge.specifier ? ` (${edge.to})` : ''}`;

const isIn = (folder: string) => (file: string | undefined) => file !== undefined && file.startsWith(folder);
const isFile = (path: string) => (file: string | undefined) => file === path;
const intoSrc = isIn('src/');

/** Each rule: which importing files it covers, and why an import breaks it (undefined: allowed). */
const LAYERS: { covers: (file: string) => boolean; broken: (edge: ImportEdge) => string | undefined }[] = [
  {
    covers: isIn('src/lib/time/'),
    broken: (edge) =>
      intoSrc(edge.to) && !isIn('src/lib/time/')(edge.to)
        ? 'src/lib/time/ imports nothing from src/ but itself'
        : undefined,
  },
  {
    covers: isFile('src/schema/vocabulary.ts'),
    broken: (edge) => (intoSrc(edge.to) ? 'src/schema/vocabulary.ts imports nothing from src/' : undefined),
  },
  {
    covers: isIn('src/schema/'),
    broken: (edge) => {
      if (edge.to === undefined && !edge.specifier.startsWith('.')) {
        return edge.specifier === 'astro/zod' ? undefined : 'src/schema/ imports no package but astro/zod';
      }
      if (isIn('src/schema/')(edge.to) || isIn('src/lib/time/')(edge.to) || !intoSrc(edge.to)) return undefined;
      return 'src/schema/ imports only src/schema/ and src/lib/time/';
    },
  },
  {
    covers: isIn('src/lib/'),
    broken: (edge) => {
      if (/^(astro|virtual):/.test(edge.specifier)) return 'src/lib/ imports no astro:* or virtual:* module';
      const above = ['src/data/', 'src/pages/', 'src/components/', 'src/layouts/'].find((folder) =>
        isIn(folder)(edge.to),
      );
      return above && `src/lib/ never imports ${above}`;
    },
  },
];

describe('the import graph of src/', () => {
  it('is read from every module', () => {
    // A guard for the rules below: they hold vacuously if nothing was read.
    expect(graph.has('src/content.config.ts')).toBe(true);
    expect(graph.has('astro.config.mjs')).toBe(true);
    expect([...graph.keys()].filter((file) => file.endsWith('.astro')).length).toBeGreaterThan(10);
    expect(edges.filter((edge) => edge.to?.startsWith('src/lib/')).length).toBeGreaterThan(50);
  });

  it('has no import cycle', () => {
    expect(importCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('keeps each layer to what it may import', () => {
    const broken = edges.flatMap((edge) =>
      LAYERS.flatMap((layer) => {
        const reason = layer.covers(edge.from) ? layer.broken(edge) : undefined;
        return reason ? [`${describeEdge(edge)}: ${reason}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });
});

describe('the browser bundle', () => {
  // What is bundled for the browser: src/scripts/ and the `<script>`s of .astro files, and all they load.
  // Type-only imports load nothing, so they are not followed.
  const roots = [
    ...[...graph.keys()].filter(isIn('src/scripts/')),
    ...edges.flatMap((edge) => (edge.inBrowserScript && edge.to ? [edge.to] : [])),
  ];
  const browserModules = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (browserModules.has(file)) continue;
    browserModules.add(file);
    for (const edge of graph.get(file) ?? []) if (edge.to && !edge.typeOnly) pending.push(edge.to);
  }
  const loaded = edges.filter(
    (edge) =>
      !edge.typeOnly && (browserModules.has(edge.from) || (edge.inBrowserScript && edge.from.endsWith('.astro'))),
  );

  it('is found', () => {
    expect(browserModules.has('src/scripts/site.ts')).toBe(true);
  });

  it('carries no validation or time library, and of the schema only its vocabulary', () => {
    const heavy = loaded.flatMap((edge) => {
      if (/^(astro\/zod|zod|temporal-polyfill)(\/|$)/.test(edge.specifier)) {
        return [`${describeEdge(edge)}: the browser bundle must not carry ${edge.specifier}`];
      }
      if (isIn('src/schema/')(edge.to) && edge.to !== 'src/schema/vocabulary.ts') {
        return [`${describeEdge(edge)}: of src/schema/ the browser bundle takes only vocabulary.ts`];
      }
      return [];
    });
    expect(heavy).toEqual([]);
  });
});

describe('pages', () => {
  /** A page fetches, calls one data function and renders; past this size it is doing a component's or src/lib's job. */
  const MAX_PAGE_LINES = 200;

  it(`are at most ${MAX_PAGE_LINES} lines each`, () => {
    const pages = [...graph.keys()].filter((file) => file.startsWith('src/pages/'));
    expect(pages.length).toBeGreaterThan(10);
    const long = pages
      .map((file) => ({ file, lines: readFileSync(join(PROJECT_ROOT, file), 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_PAGE_LINES)
      .map(({ file, lines }) => `${file}: ${lines} lines`);
    expect(long).toEqual([]);
  });
});

describe('the import reader', () => {
  it('reads every kind of import, type-only ones included, and not imports in comments or strings', () => {
    const refs = importsOf(
      [
        "import { a } from './a.ts';",
        "import type { B } from './b.ts';",
        "export { c } from './c.ts';",
        "export type { D } from './d.ts';",
        "const e = await import('./e.ts');",
        'let f: typeof import("./f.ts");',
        "const worker = new URL('./g-worker.ts', import.meta.url);",
        "// import { h } from './h.ts';",
        'const text = "import { i } from \'./i.ts\'";',
      ].join('\n'),
      'module.ts',
    );
    expect(refs.map(({ specifier, line, typeOnly }) => [specifier, line, typeOnly])).toEqual([
      ['./a.ts', 1, false],
      ['./b.ts', 2, true],
      ['./c.ts', 3, false],
      ['./d.ts', 4, true],
      ['./e.ts', 5, false],
      ['./f.ts', 6, true],
      ['./g-worker.ts', 7, false],
    ]);
  });

  it("reads an .astro file's front matter and bundled scripts, on the file's own lines", () => {
    const refs = importsOf(
      [
        '---',
        "import Layout from '../layouts/Layout.astro';",
        '---',
        '<Layout>import nothing from here</Layout>',
        '<script>',
        "  import '../scripts/site.ts';",
        '</script>',
        '<script is:inline>',
        "  import '../scripts/inline.ts';",
        '</script>',
      ].join('\n'),
      'page.astro',
    );
    expect(refs.map(({ specifier, line, inBrowserScript }) => [specifier, line, inBrowserScript])).toEqual([
      ['../layouts/Layout.astro', 2, false],
      ['../scripts/site.ts', 6, true],
    ]);
  });

  it('finds a cycle through a type-only import and names its chain', () => {
    const madeUp = (modules: Record<string, string>) =>
      new Map(
        Object.entries(modules).map(([file, text]) => [
          file,
          importsOf(text, file).map((ref) => ({ to: ref.specifier.replace('./', '') })),
        ]),
      );
    const cyclic = {
      'a.ts': "import { b } from './b.ts';",
      'b.ts': "import { c } from './c.ts';\nimport { d } from './d.ts';",
      'c.ts': "import type { A } from './a.ts';",
      'd.ts': '',
    };
    expect(importCycles(madeUp(cyclic))).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    expect(importCycles(madeUp({ ...cyclic, 'c.ts': '' }))).toEqual([]);
  });
});
