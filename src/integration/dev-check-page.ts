import type { ViteDevServer } from 'vite';
import { formatProblem, type CheckResult } from '../lib/check/index.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** The page `astro dev` serves instead of any page while the check finds errors. */
export function checkErrorPage(result: CheckResult): string {
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  const items = errors.map((problem) => `<li><code>${escapeHtml(formatProblem(problem))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${errors.length} error(s) in the content files</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  :root { color-scheme: light dark; font: 16px/1.5 system-ui, sans-serif; }
  body { margin: 0; padding: 2rem 1rem; }
  main { max-width: 60rem; margin: 0 auto; }
  h1 { font-size: 1.5rem; color: light-dark(#a4161a, #ff8a80); }
  li { margin: 0.5rem 0; }
  code { font: 0.9rem/1.4 ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; }
</style></head>
<body><main>
<h1>${errors.length} error(s) in the content files</h1>
<p>The archive shows these instead of its pages until they are fixed; the same lines come from <code>npm run check</code>. Save a fix and reload.</p>
<ul>
${items}
</ul>
</main></body></html>`;
}

/** A page of the site rather than a module, style or asset the dev server serves. */
export function isPageRequest(url: string): boolean {
  const path = url.split(/[?#]/)[0]!;
  if (/^\/(?:@|node_modules\/|__)/.test(path)) return false;
  const last = path.slice(path.lastIndexOf('/') + 1);
  return !last.includes('.') || last.endsWith('.html');
}

/**
 * In `astro dev`, every page request is answered with the check's errors while
 * there are any, so a broken postmortem is never shown as if it were fine.
 * `checked` is the build gate's check of the content as it is now.
 */
export function serveCheckErrors(server: ViteDevServer, checked: () => Promise<CheckResult>): void {
  server.middlewares.use((request, response, next) => {
    if (request.method !== 'GET' || !isPageRequest(request.url ?? '/')) return next();
    checked().then((result) => {
      if (result.errorCount === 0) return next();
      response.statusCode = 500;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.end(checkErrorPage(result));
    }, next);
  });
}
