/**
 * The text-only line finder agrees with the yaml library's positioned
 * document on every field of real front matter, and gives way to it on what
 * it does not read.
 */
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../../src/lib/check/front-matter.ts';
import { blockLineOf } from '../../../../src/lib/check/yaml-lines.ts';
import { readArchiveSources } from '../../../../src/lib/read-sources.ts';
import { generateCorpus } from '../../../bench/corpus/generate.ts';

const ROOT = new URL('../../../..', import.meta.url).pathname;

/** Every field path in a document with the line of its key (or item), from the positioned document. */
function positionedLines(text: string): [(string | number)[], number][] {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  const found: [(string | number)[], number][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node & { value?: unknown };
        if (typeof key?.value !== 'string' || !key.range) continue;
        const next = [...path, key.value];
        found.push([next, counter.linePos(key.range[0]).line]);
        walk(pair.value, next);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const range = (item as Node).range;
        if (!range) return;
        found.push([[...path, index], counter.linePos(range[0]).line]);
        walk(item, [...path, index]);
      });
    }
  };
  walk(document.contents, []);
  return found;
}

const frontMatters = [
  ...readArchiveSources({ root: ROOT, contentDir: 'content' }).postmortems.map((source) => source.text),
  ...readArchiveSources({ root: ROOT, contentDir: 'tests/fixtures/basic/content' }).postmortems.map(
    (source) => source.text,
  ),
  ...generateCorpus({ count: 150, seed: 9 })
    .files.filter((file) => file.path.startsWith('postmortems/'))
    .map((file) => file.text),
].flatMap((text) => {
  const split = splitFrontMatter(text);
  return split.ok ? [split.split.yaml] : [];
});

describe('finding a field line from the text', () => {
  it('agrees with the positioned document on every field it finds, and finds nearly all of them', () => {
    let found = 0;
    let total = 0;
    for (const yaml of frontMatters) {
      for (const [path, line] of positionedLines(yaml)) {
        total++;
        const fromText = blockLineOf(yaml, path);
        if (fromText === undefined) continue;
        found++;
        expect(fromText, `${path.join('.')} in\n${yaml}`).toBe(line);
      }
    }
    expect(frontMatters.length).toBeGreaterThan(150);
    expect(found / total).toBeGreaterThan(0.95);
  });

  it('gives way on flow style and on fields that are not there', () => {
    expect(blockLineOf('services: [checkout, search]\n', ['services', 1])).toBeUndefined();
    expect(blockLineOf('impact: { description: x }\n', ['impact', 'description'])).toBeUndefined();
    expect(blockLineOf('title: x\n', ['summary'])).toBeUndefined();
    expect(
      blockLineOf('actionItems:\n  - title: a\n    due: 2025-01-01\n  - title: b\n    due: 2025-02-01\n', [
        'actionItems',
        1,
        'due',
      ]),
    ).toBe(5);
    expect(blockLineOf('learnings:\n- one\n- two\nnext: 1\n', ['learnings', 1])).toBe(3);
  });
});
