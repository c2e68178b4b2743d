/**
 * What a built archive sends to browsers: HTML per postmortem page, the
 * JavaScript each page type loads (following static imports through
 * dist/_astro), and the pagefind index, all as gzip level 9.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export interface HtmlSizes {
  pages: number;
  median: number;
  max: number;
  medianGzip: number;
  maxGzip: number;
  /** The page of the largest gzip size. */
  maxPath: string;
}

/** Sizes of every postmortem page (redirects from former ids left out). */
export function postmortemHtmlSizes(dist: string): HtmlSizes {
  const raw: number[] = [];
  const gzip: number[] = [];
  let maxPath = '';
  let maxGzip = -1;
  for (const id of readdirSync(join(dist, 'postmortems'))) {
    const file = join(dist, 'postmortems', id, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file);
    if (html.includes('http-equiv="refresh"')) continue;
    raw.push(html.length);
    gzip.push(gzipSize(html));
    if (gzip.at(-1)! > maxGzip) [maxGzip, maxPath] = [gzip.at(-1)!, `/postmortems/${id}/`];
  }
  return {
    pages: raw.length,
    median: median(raw),
    max: raw.reduce((a, b) => Math.max(a, b), 0),
    medianGzip: median(gzip),
    maxGzip,
    maxPath,
  };
}

/** The heaviest HTML file of the build, gzip: every page must stay small, not only the ones weighed above. */
export function largestHtmlPage(dist: string): { path: string; gzip: number } {
  let largest = { path: '', gzip: 0 };
  for (const file of readdirSync(dist, { recursive: true }).map(String)) {
    if (!file.endsWith('.html')) continue;
    const gzip = gzipSize(readFileSync(join(dist, file)));
    if (gzip > largest.gzip) largest = { path: `/${file.replace(/index\.html$/, '')}`, gzip };
  }
  return largest;
}

export interface PageScripts {
  /** Inline module scripts plus every file loaded by <script src> or a static import from one. */
  eagerGzip: number;
  eagerFiles: string[];
  /** Files loaded later by a dynamic import (e.g. pagefind, when the search box is used). */
  lazyGzip: number;
  lazyFiles: string[];
  htmlBytes: number;
  htmlGzip: number;
}

const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"'\s]+\.m?js)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`$]+\.m?js)["'`]\s*\)/g;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;

/** The JavaScript one page loads: inline scripts, external module scripts and what they import. */
export function pageScripts(dist: string, pagePath: string): PageScripts {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const eager = new Set<string>();
  const lazy = new Set<string>();
  let inlineGzip = 0;
  const follow = (file: string, into: Set<string>) => {
    if (into.has(file) || eager.has(file) || !existsSync(join(dist, file))) return;
    into.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, target] of code.matchAll(STATIC_IMPORT)) follow(resolveFrom(file, target!), into);
    for (const [, target] of code.matchAll(DYNAMIC_IMPORT)) follow(resolveFrom(file, target!), lazy);
    // pagefind is imported from a path built at runtime; it is the search box's code.
    if (code.includes('pagefind/pagefind.js')) follow('pagefind/pagefind.js', lazy);
  };
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/type="application\/(ld\+)?json"/.test(attributes!)) continue;
    const src = /\ssrc="([^"]+)"/.exec(attributes!)?.[1];
    if (src) follow(resolveFrom(pagePath, src), eager);
    else if (body!.trim()) {
      inlineGzip += gzipSize(body!);
      for (const [, target] of body!.matchAll(STATIC_IMPORT)) follow(resolveFrom(pagePath, target!), eager);
      for (const [, target] of body!.matchAll(DYNAMIC_IMPORT)) follow(resolveFrom(pagePath, target!), lazy);
    }
  }
  for (const [, href] of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) {
    follow(resolveFrom(pagePath, href!), eager);
  }
  const sum = (files: Set<string>) =>
    [...files].reduce((total, file) => total + gzipSize(readFileSync(join(dist, file))), 0);
  for (const file of eager) lazy.delete(file);
  return {
    eagerGzip: inlineGzip + sum(eager),
    eagerFiles: [...(inlineGzip ? ['(inline)'] : []), ...eager],
    lazyGzip: sum(lazy),
    lazyFiles: [...lazy],
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSize(html),
  };
}

/** A URL in a page or module, as a path inside dist. */
function resolveFrom(from: string, url: string): string {
  if (url.startsWith('/')) return url.slice(1);
  const base = from.endsWith('.js') ? dirname(from) : from;
  return posix.normalize(posix.join(base, url));
}

/** Total bytes of a folder's files (pagefind's are already compressed). */
export function folderBytes(folder: string): number {
  if (!existsSync(folder)) return 0;
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((total, entry) => total + statSync(join(entry.parentPath, entry.name)).size, 0);
}

/** The service page listing the most postmortems (the heaviest one). */
export function largestServicePage(dist: string): string {
  const pages = readdirSync(join(dist, 'services')).filter((id) =>
    existsSync(join(dist, 'services', id, 'index.html')),
  );
  const size = (id: string) => statSync(join(dist, 'services', id, 'index.html')).size;
  return `services/${pages.sort((a, b) => size(b) - size(a) || a.localeCompare(b))[0]}/`;
}
