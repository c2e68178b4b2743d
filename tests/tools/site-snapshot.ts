/**
 * `node tests/tools/site-snapshot.ts <dist> <out>`: what a reader of a built
 * archive sees, as plain files that diff well. Each HTML page becomes its
 * visible text, one block element a line; the JSON, CSV and XML exports are
 * copied as they are (JSON pretty-printed). Used to prove a refactor keeps
 * every page, figure and export: snapshot before, snapshot after, `diff -r`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listFiles } from '../support/dist-files.ts';

const BLOCK_END =
  /<\/(p|li|tr|h[1-6]|div|section|article|header|footer|nav|dt|dd|caption|figcaption|table|ul|ol|details|summary|label|option|th|td)>|<br\s*\/?>/gi;

function pageText(html: string): string {
  return html
    .replace(/<(script|style|template)[\s\S]*?<\/\1>/gi, ' ')
    .replace(BLOCK_END, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const [dist, out] = process.argv.slice(2);
if (!dist || !out) throw new Error('usage: node tests/tools/site-snapshot.ts <dist> <out>');
let count = 0;
for (const file of listFiles(dist)) {
  const source = join(dist, file);
  let text: string | undefined;
  if (file.endsWith('.html')) text = pageText(readFileSync(source, 'utf8'));
  else if (file.endsWith('.json') && !file.startsWith('pagefind/') && !file.startsWith('_astro/'))
    text = JSON.stringify(JSON.parse(readFileSync(source, 'utf8')), null, 1);
  else if (/\.(csv|xml|txt)$/.test(file)) text = readFileSync(source, 'utf8');
  if (text === undefined) continue;
  const target = join(out, file + '.txt');
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text + '\n');
  count++;
}
console.log(`${count} files written to ${out}`);
