/**
 * Where an `astro build` spends its time, read from its own log: phases by
 * the moment their first line appeared, and the render time Astro prints per
 * route (`├─ /path (+12ms)`), summed by kind of route.
 */
import type { Measurement } from './measure.ts';

const MARKERS: { phase: string; pattern: RegExp }[] = [
  { phase: 'start-up and config (the archive runs its check here)', pattern: /\[content\] Syncing content/ },
  { phase: 'content sync, types, build info', pattern: /Building static entrypoints/ },
  { phase: 'bundling (Vite)', pattern: /generating static routes/ },
  { phase: 'rendering routes', pattern: /^\S+ ✓ Completed in/ },
];

export interface Phase {
  phase: string;
  ms: number;
}

/** `npm run build` says this once Astro has exited, before the search index and preview images. */
const ASTRO_EXITED = /\[hindsight\] Astro has exited/;

/**
 * Consecutive phases from spawn to exit. After rendering comes Astro's own
 * exit; then, for `npm run build`, the search index and preview images in a
 * fresh process (a bare `astro build` writes them before it exits).
 */
export function buildPhases(measurement: Measurement): Phase[] {
  const phases: Phase[] = [];
  let previous = 0;
  let searchFrom = 0;
  for (const { phase, pattern } of MARKERS) {
    const index = measurement.lines.findIndex((line, at) => at >= searchFrom && pattern.test(line.text));
    if (index === -1) return phases;
    phases.push({ phase, ms: measurement.lines[index]!.ms - previous });
    previous = measurement.lines[index]!.ms;
    searchFrom = index + 1;
  }
  const exited = measurement.lines.find((line) => ASTRO_EXITED.test(line.text));
  if (exited) {
    phases.push(
      { phase: 'after rendering: sitemap, and Astro exits', ms: exited.ms - previous },
      { phase: 'search index and preview images, after Astro has exited', ms: measurement.wallMs - exited.ms },
    );
  } else {
    phases.push({
      phase: 'after rendering (the archive: search index, preview images, sitemap) and exit',
      ms: measurement.wallMs - previous,
    });
  }
  return phases;
}

export interface RouteKind {
  kind: string;
  routes: number;
  ms: number;
}

/** `/postmortems/2025-01-02-x/preview.png` -> `/postmortems/<id>/preview.png`, and so on. */
function routeKind(path: string): string {
  return path
    .replace(/^\/postmortems\/[^/]+\//, '/postmortems/<id>/')
    .replace(/^\/(services|teams|root-causes|tags)\/[^/]+\//, '/$1/<id>/')
    .replace(/^\/page\/\d+\//, '/page/<n>/')
    .replace(/^\/action-items\/page\/\d+\//, '/action-items/page/<n>/');
}

/** Render time per kind of route, largest first. */
export function routeTimes(measurement: Measurement): RouteKind[] {
  const kinds = new Map<string, RouteKind>();
  for (const { text } of measurement.lines) {
    const match = /[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/.exec(text);
    if (!match) continue;
    const kind = routeKind(match[1]!);
    const entry = kinds.get(kind) ?? { kind, routes: 0, ms: 0 };
    entry.routes++;
    entry.ms += Number(match[2]) * (match[3] === 's' ? 1000 : 1);
    kinds.set(kind, entry);
  }
  return [...kinds.values()].sort((a, b) => b.ms - a.ms);
}

/** The archive integration's own log lines ("Search index: …", "Preview images: …"), without the clock time. */
export function integrationLines(measurement: Measurement): string[] {
  return measurement.lines
    .filter(({ text }) => text.includes('[hindsight]'))
    .map(({ text }) => text.replace(/^.*?\[hindsight\]\s*/, ''));
}
