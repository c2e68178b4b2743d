/**
 * `npm run docs:format`: writes docs/postmortem-format.md and the editor
 * schemas in docs/schemas/ from the schema and the format's rules. `--check`
 * writes nothing and exits 1 when a file differs from what would be written.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedDocuments } from '../lib/scaffold/generated-docs.ts';

const root = new URL('../../', import.meta.url);
const documents = generatedDocuments();

function current(path: string): string {
  try {
    return readFileSync(new URL(path, root), 'utf8');
  } catch {
    return ''; // A missing file differs like any other.
  }
}

if (process.argv.includes('--check')) {
  const stale = documents.filter((document) => current(document.path) !== document.text);
  for (const document of stale) {
    console.error(`${document.path} is out of date with the schema: run npm run docs:format`);
  }
  if (stale.length > 0) process.exit(1);
  console.log(`${documents.map((document) => document.path).join(', ')} match the schema.`);
} else {
  for (const document of documents) {
    const url = new URL(document.path, root);
    mkdirSync(dirname(url.pathname), { recursive: true });
    writeFileSync(url, document.text);
    console.log(`wrote ${document.path}`);
  }
}
