/** Chart colours and fonts, read from the CSS variables of the current theme. */
import { TONES, toneVariable, type Tone } from '../../lib/insights/tones.ts';

export interface ChartTheme {
  /** Each tone's colour (src/lib/insights/tones.ts), for bars, points and lines alike. */
  tone: Record<Tone, string>;
  text: string;
  muted: string;
  grid: string;
  surface: string;
  font: string;
}

/**
 * The theme as it applies to `element`. Variables may hold light-dark() or other colour
 * functions that a canvas cannot read, so each is resolved by a probe element.
 */
export function readTheme(element: Element): ChartTheme {
  const probe = document.createElement('span');
  probe.hidden = true;
  element.append(probe);
  const resolve = (name: string, fallback: string) => {
    probe.style.color = fallback;
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  const theme: ChartTheme = {
    tone: Object.fromEntries(TONES.map((tone) => [tone, resolve(toneVariable(tone), '#777777')])) as Record<
      Tone,
      string
    >,
    text: resolve('--text', '#1b1c1e'),
    muted: resolve('--text-muted', '#55585e'),
    grid: resolve('--border', '#dcdcd7'),
    surface: resolve('--surface', '#ffffff'),
    // The font the page's text is set in, whatever the stylesheet calls it.
    font: getComputedStyle(element).fontFamily || 'system-ui, sans-serif',
  };
  probe.remove();
  return theme;
}

/**
 * Calls `redraw` when the colour scheme changes: the system setting, or a
 * `data-theme` (or class/style) change on <html> made by a theme toggle.
 */
export function onThemeChange(redraw: () => void): void {
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    // Wait a frame so the new variables are in effect before reading them.
    requestAnimationFrame(() => {
      scheduled = false;
      redraw();
    });
  };
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', schedule);
  new MutationObserver(schedule).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-theme', 'class', 'style'],
  });
}
