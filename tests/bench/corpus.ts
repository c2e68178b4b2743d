/**
 * `npm run bench:corpus -- --count N --out DIR [--seed S]`: writes a synthetic
 * archive (DIR/postmortems/*.mdx and the three taxonomies). The same seed
 * always gives byte-identical files. Build it with
 * `HINDSIGHT_CONTENT_DIR=<DIR relative to the project root> npm run build`.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './corpus/generate.ts';

const USAGE = 'Usage: npm run bench:corpus -- --count N --out DIR [--seed S]';

function fail(message: string): never {
  console.error(`bench:corpus: ${message}\n${USAGE}`);
  process.exit(2);
}

function wholeNumber(name: string, text: string, minimum: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum)
    fail(`--${name} must be a whole number >= ${minimum}, not "${text}"`);
  return value;
}

function readOptions() {
  try {
    return parseArgs({ options: { count: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' } } })
      .values;
  } catch (error) {
    fail((error as Error).message);
  }
}

const values = readOptions();
if (!values.count) fail('--count is required');
if (!values.out) fail('--out is required');
const count = wholeNumber('count', values.count, 1);
const seed = wholeNumber('seed', values.seed ?? '1', 0);
const out = resolve(values.out);

const started = performance.now();
const corpus = generateCorpus({ count, seed });
writeCorpus(out, corpus);
const published = corpus.postmortems.filter((postmortem) => postmortem.status === 'published').length;
console.log(
  `Wrote ${count} postmortems (${published} published) with seed ${seed} to ${out} in ${Math.round(performance.now() - started)} ms`,
);
