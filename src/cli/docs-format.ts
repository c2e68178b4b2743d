/**
 * `npm run docs:format`: writes docs/postmortem-format.md from the schema and
 * the check's rules. `--check` writes nothing and exits 1 when the file differs
 * from what would be written.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatDocument } from '../lib/scaffold/format-document.ts';

const DOCUMENT = new URL('../../docs/postmortem-format.md', import.meta.url);
const SCHEMA_FILES = ['postmortem.ts', 'taxonomy.ts'];

const sources = SCHEMA_FILES.map((file) => readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8'));
const text = formatDocument(sources);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(DOCUMENT, 'utf8');
  } catch {
    // A missing file differs like any other.
  }
  if (current !== text) {
    console.error('docs/postmortem-format.md is out of date with the schema: run npm run docs:format');
    process.exit(1);
  }
  console.log('docs/postmortem-format.md matches the schema.');
} else {
  writeFileSync(DOCUMENT, text);
  console.log('wrote docs/postmortem-format.md');
}
