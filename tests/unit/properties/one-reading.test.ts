/**
 * The check and the compiler read a postmortem the same way. Two properties,
 * over generated files full of edge cases (fence look-alikes, BOM, CRLF, `---`
 * inside block scalars and code fences, unusual Unicode):
 * - the module the compiler is given, split by Astro's own front-matter code,
 *   yields the check's body byte for byte and no front matter at all;
 * - the body rules inside the real MDX processor refuse exactly the bodies the
 *   check refuses, with the same lines.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveMdxProcessor } from '../../../src/integration/mdx-processor.ts';
import { analyseBody } from '../../../src/lib/check/body-rules.ts';
import { compiledModule, splitFrontMatter } from '../../../src/lib/check/front-matter.ts';
import { compiledBodySource } from '../../../src/lib/check/mdx-tree.ts';
import { formatProblem } from '../../../src/lib/check/problem.ts';

const LINE_ENDINGS = ['\n', '\r\n'];
const FENCE_LIKE = ['---', '--- ', ' ---', '  ---', '----', '---x', '+++', '...', '-- -', '—', '\t---'];
const YAML_LINES = [
  'title: "Plain"',
  'visibility: public',
  'visibility: internal',
  "summary: '--- not a fence'",
  'text: |',
  '  --- inside a block scalar',
  '  more text',
  'import: x',
  'note: "\u2028 line separator"',
  'weird: "\u200b\u00a0\ufeff"',
  '',
  '# comment ---',
];
const BODY_LINES = [
  '## Root cause and resolution',
  '## Corrective and preventative measures',
  'Plain prose.',
  '---',
  '```',
  '```md',
  '~~~',
  'import fs from "node:fs"',
  '{/* note */}',
  '{process.env.HOME}',
  '<Callout tone="info">x</Callout>',
  '![chart](./images/x.png)',
  '',
  'title: fake',
  '\u2028',
  '\u00a0---',
];

const pick = (options: string[]) => fc.constantFrom(...options);
const fileText = fc
  .record({
    bom: fc.boolean(),
    leading: fc.constantFrom('', '\n', ' \n'),
    open: fc.oneof(fc.constant('---'), pick(FENCE_LIKE)),
    yaml: fc.array(pick([...YAML_LINES, ...FENCE_LIKE]), { maxLength: 8 }),
    close: fc.oneof(fc.constant('---'), pick(FENCE_LIKE)),
    body: fc.array(pick([...BODY_LINES, ...FENCE_LIKE]), { maxLength: 12 }),
    eol: pick(LINE_ENDINGS),
  })
  .map(
    ({ bom, leading, open, yaml, close, body, eol }) =>
      `${bom ? '\ufeff' : ''}${leading}${[open, ...yaml, close, ...body].join(eol)}`,
  );

describe('one reading of each file', () => {
  it("Astro's splitter, run on the compiled module, sees the check's body and no front matter", () => {
    fc.assert(
      fc.property(fileText, (text) => {
        const result = splitFrontMatter(text);
        if (!result.ok) return;
        const { split } = result;
        const astro = parseFrontmatter(compiledModule(split), { frontmatter: 'empty-with-spaces' });
        expect(astro.frontmatter).toEqual({});
        expect(astro.rawFrontmatter).toMatch(/^\n+$/);
        // The body sits after the blanked front matter, on the same line as in the file.
        const prefix = astro.content.slice(0, astro.content.length - split.body.length);
        expect(astro.content.endsWith(split.body)).toBe(true);
        expect(prefix.trim()).toBe('');
        expect(prefix.split('\n').length).toBe(split.bodyLine);
        expect(compiledBodySource(split)).toBe(astro.content);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses any fence a reader could take two ways, naming the line', () => {
    for (const lookalike of FENCE_LIKE.filter((fence) => fence !== '---' && /^\s*(-{3}|\.{3}|\+{3})/.test(fence))) {
      const result = splitFrontMatter(`---\ntitle: x\n${lookalike}\nvisibility: public\n---\nbody`);
      expect(result).toMatchObject({ ok: false, line: 3 });
    }
    expect(splitFrontMatter('\n---\ntitle: x\n---\n')).toMatchObject({ ok: false, line: 1 });
    expect(splitFrontMatter('\ufeff---\ntitle: x\n---\n')).toMatchObject({ ok: false, line: 1 });
  });

  it('the MDX processor the build uses refuses exactly the bodies the check refuses, in the same words', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hindsight-one-reading-'));
    const folder = join(root, 'content', 'postmortems');
    mkdirSync(join(folder, 'images'), { recursive: true });
    writeFileSync(join(folder, 'images', 'x.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const file = join(folder, '2025-01-01-generated.mdx');
    const renderer = await archiveMdxProcessor(root).createMdxRenderer!(
      { syntaxHighlight: false, gfm: true, smartypants: true },
      { optimize: false, srcDir: new URL(`file://${root}/src/`), sourcemap: false },
    );
    const body = fc.array(pick(BODY_LINES.filter((line) => !FENCE_LIKE.includes(line))), { maxLength: 10 });
    await fc.assert(
      fc.asyncProperty(body, async (lines) => {
        const split = { yaml: 'title: x', yamlLine: 2, body: lines.join('\n\n'), bodyLine: 4 };
        const checked = analyseBody(split, { imageExists: (name) => name === 'x.png' });
        const checkLines = checked.problems.map((problem) =>
          formatProblem({
            file: 'content/postmortems/2025-01-01-generated.mdx',
            field: 'body',
            severity: 'error',
            ...problem,
          }),
        );
        let compileError: string | undefined;
        try {
          await renderer.process(compiledBodySource(split), file, {});
        } catch (error) {
          compileError = (error as Error).message;
        }
        if (!checked.tree) {
          // Invalid MDX: both sides refuse it.
          expect(compileError).toBeDefined();
          return;
        }
        expect(compileError === undefined).toBe(checkLines.length === 0);
        if (compileError) expect(compileError.split('\n').slice(1)).toEqual(checkLines);
      }),
      { numRuns: 300 },
    );
  });
});
