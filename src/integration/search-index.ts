import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Only postmortem pages mark their text `data-pagefind-body`, so only they are
 * read: pagefind would parse every other page (index pages, group pages,
 * reviews) only to leave it out.
 */
export const SEARCHED_PAGES = 'postmortems/*/index.html';

/**
 * The `pagefind` command of the installed package (its package.json `bin`),
 * found the way Node finds a package, and run with this Node. Its command line
 * writes the same index as its Node API's service in about three quarters of
 * the time at 10,000 postmortems (see docs/benchmarks.md).
 */
function pagefindCommand(): string {
  for (let folder = dirname(fileURLToPath(import.meta.url)); ; folder = dirname(folder)) {
    const manifest = join(folder, 'node_modules', 'pagefind', 'package.json');
    if (existsSync(manifest)) {
      const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: string };
      return join(dirname(manifest), bin);
    }
    if (dirname(folder) === folder) throw new Error('pagefind is not installed (run npm ci)');
  }
}

/** Indexes the built postmortem pages into `<outDir>/pagefind`, so every build ships a search index. */
export async function writeSearchIndex(outDir: string, log: (line: string) => void): Promise<void> {
  const started = performance.now();
  const args = ['--site', outDir, '--glob', SEARCHED_PAGES, '--force-language', 'en'];
  const output = await new Promise<{ code: number; text: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [pagefindCommand(), ...args], { windowsHide: true });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, text: Buffer.concat(chunks).toString('utf8') }));
  });
  if (output.code !== 0) throw new Error(`pagefind could not index ${outDir}:\n${output.text.trim()}`);
  // pagefind ends with its totals; the last "Indexed N pages" is the whole index.
  const counts = [...output.text.matchAll(/Indexed (\d+) pages/g)];
  const pages = counts.length > 0 ? `${counts[counts.length - 1]![1]} postmortem pages` : 'postmortem pages';
  log(`Search index: ${pages} read in ${Math.round(performance.now() - started)} ms`);
}
