import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../../src/schema/vocabulary.ts';
import {
  ACTION_STATE_TONE,
  CATEGORY_RAMP,
  DETECTION_TONE,
  HEAT_RAMP,
  MEASURE_TONE,
  PANEL_BACKGROUND,
  SEVERITY_BADGE_TEXT,
  SEVERITY_TONE,
  TONE_COLOURS,
  TONES,
  type Tone,
} from '../../../../src/lib/insights/tones.ts';
import { contrast, deltaE, lightness, simulate, type Deficiency } from './colour-science.ts';

const THEMES = ['light', 'dark'] as const;
const DEFICIENCIES: Deficiency[] = ['protanopia', 'deuteranopia'];
const css = readFileSync(new URL('../../../../src/styles/global.css', import.meta.url), 'utf8');
const colour = (tone: Tone, theme: (typeof THEMES)[number]) => TONE_COLOURS[tone][theme];
const HEAT = HEAT_RAMP as readonly Tone[];

/** A `--name: light-dark(#…, #…)` variable of global.css. */
function cssPair(name: string) {
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(css);
  if (!match) throw new Error(`--${name} is not a light-dark() pair in global.css`);
  return { light: match[1]!, dark: match[2]! };
}

/** The least difference between any two of `tones`, as seen with `deficiency` (or normal vision). */
function closest(tones: readonly Tone[], theme: (typeof THEMES)[number], deficiency?: Deficiency) {
  const seen = (tone: Tone) => (deficiency ? simulate(colour(tone, theme), deficiency) : colour(tone, theme));
  let least = { difference: Infinity, pair: '' };
  tones.forEach((a, i) =>
    tones.slice(i + 1).forEach((b) => {
      const difference = deltaE(seen(a), seen(b));
      if (difference < least.difference) least = { difference, pair: `${a} / ${b}` };
    }),
  );
  return least;
}

describe('the colour arithmetic', () => {
  it('simulates colour blindness as the Machado matrices do: greys unchanged, red and green confused', () => {
    for (const deficiency of DEFICIENCIES) expect(simulate('#808080', deficiency)).toBe('#808080');
    expect(deltaE('#d62728', '#389000')).toBeGreaterThan(100);
    expect(deltaE(simulate('#d62728', 'deuteranopia'), simulate('#389000', 'deuteranopia'))).toBeLessThan(2);
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21);
  });
});

describe('chart colours in both themes', () => {
  it('uses the panel background of global.css', () => {
    expect(cssPair('surface')).toEqual(PANEL_BACKGROUND);
  });

  it('gives every chart colour at least 3:1 contrast with the panel background (WCAG 1.4.11)', () => {
    for (const theme of THEMES) {
      for (const tone of TONES.filter((tone) => !HEAT.includes(tone))) {
        expect(contrast(colour(tone, theme), PANEL_BACKGROUND[theme]), `${tone} in ${theme}`).toBeGreaterThanOrEqual(3);
      }
      // Heat cells fade into the background by design; the strongest still stands out.
      expect(contrast(colour(HEAT.at(-1)!, theme), PANEL_BACKGROUND[theme])).toBeGreaterThanOrEqual(3);
    }
  });

  it('orders the severity ramp by lightness: the worse, the further from the background', () => {
    for (const theme of THEMES) {
      const steps = SEVERITIES.map((severity) => lightness(colour(SEVERITY_TONE[severity], theme)));
      const fromBackground = steps.map((step) => Math.abs(step - lightness(PANEL_BACKGROUND[theme])));
      for (let i = 1; i < fromBackground.length; i++) {
        expect(fromBackground[i]!, `${SEVERITIES[i]} in ${theme}`).toBeLessThan(fromBackground[i - 1]! - 5);
      }
    }
  });

  it('orders the category and heat ramps by lightness too', () => {
    for (const theme of THEMES) {
      for (const ramp of [CATEGORY_RAMP, [...HEAT_RAMP].reverse()]) {
        const fromBackground = ramp.map((tone) =>
          Math.abs(lightness(colour(tone, theme)) - lightness(PANEL_BACKGROUND[theme])),
        );
        expect(fromBackground, `${ramp[0]} in ${theme}`).toEqual([...fromBackground].sort((a, b) => b - a));
      }
    }
  });

  it('writes severity badges at 4.5:1 on their severity colour, with the variables global.css defines', () => {
    for (const severity of SEVERITIES) {
      for (const theme of THEMES) {
        const text = SEVERITY_BADGE_TEXT[severity][theme];
        expect(
          contrast(text, colour(SEVERITY_TONE[severity], theme)),
          `${severity} in ${theme}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
      expect(cssPair(`${severity.toLowerCase()}-text`), severity).toEqual(SEVERITY_BADGE_TEXT[severity]);
      expect(css).toMatch(
        new RegExp(`\\.badge-${severity.toLowerCase()} \\{[^}]*background: var\\(--tone-${SEVERITY_TONE[severity]}\\)`),
      );
    }
  });

  it('writes in a tone only where it reads at 4.5:1: timeline milestones, action states, the overdue flag', () => {
    const readAt = (tone: Tone, backgrounds: string[]) => {
      for (const theme of THEMES) {
        for (const background of backgrounds) {
          const pair = cssPair(background);
          expect(
            contrast(colour(tone, theme), pair[theme]),
            `${tone} on --${background} in ${theme}`,
          ).toBeGreaterThanOrEqual(4.5);
        }
      }
    };
    const kinds = [...css.matchAll(/--kind-([a-z]+):\s*var\(--tone-([a-z0-9-]+)\)/g)];
    expect(kinds.map((match) => match[1])).toEqual(['detected', 'misleading', 'mitigated', 'resolved']);
    for (const [, kind, tone] of kinds)
      readAt(tone as Tone, kind === 'misleading' ? ['bg', 'misleading-bg'] : ['bg', 'surface']);
    for (const file of ['src/components/ActionItemsTable.astro', 'src/styles/insights.css']) {
      const source = readFileSync(new URL(`../../../../${file}`, import.meta.url), 'utf8');
      for (const [, tone] of source.matchAll(/color: var\(--tone-([a-z0-9-]+)\)/g))
        readAt(tone as Tone, ['bg', 'surface']);
    }
    const onOverdue = cssPair('on-overdue');
    for (const theme of THEMES) {
      expect(contrast(onOverdue[theme], colour(ACTION_STATE_TONE.overdue, theme)), theme).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps every two meanings plainly apart for normal vision', () => {
    for (const theme of THEMES) {
      const { difference, pair } = closest(TONES, theme);
      expect(difference, `${pair} in ${theme}`).toBeGreaterThanOrEqual(6);
    }
  });
});

describe('colours for colour-blind readers', () => {
  const severity = SEVERITIES.map((name) => SEVERITY_TONE[name]);
  const statusChart: Tone[] = [
    ACTION_STATE_TONE.open,
    ACTION_STATE_TONE.inProgress,
    ACTION_STATE_TONE.done,
    ACTION_STATE_TONE.wontDo,
    ACTION_STATE_TONE.overdue,
  ];
  const completionChart: Tone[] = [
    ACTION_STATE_TONE.done,
    ACTION_STATE_TONE.wontDo,
    ACTION_STATE_TONE.overdue,
    ACTION_STATE_TONE.notYetDue,
  ];
  const measures = Object.values(MEASURE_TONE) as Tone[];

  for (const deficiency of DEFICIENCIES) {
    it(`tells neighbouring severities apart with ${deficiency}`, () => {
      for (const theme of THEMES) {
        for (let i = 1; i < severity.length; i++) {
          const [a, b] = [severity[i - 1]!, severity[i]!].map((tone) => simulate(colour(tone, theme), deficiency));
          expect(deltaE(a!, b!), `${severity[i - 1]} / ${severity[i]} in ${theme}`).toBeGreaterThanOrEqual(8);
        }
      }
    });

    it(`tells every action-item state apart with ${deficiency}`, () => {
      for (const theme of THEMES) {
        for (const chart of [statusChart, completionChart]) {
          const { difference, pair } = closest(chart, theme, deficiency);
          expect(difference, `${pair} in ${theme}`).toBeGreaterThanOrEqual(15);
        }
      }
    });

    it(`tells customer reports from the other detections, and the measures apart, with ${deficiency}`, () => {
      for (const theme of THEMES) {
        const detections = Object.values(DETECTION_TONE) as Tone[];
        expect(closest(detections, theme, deficiency).difference, theme).toBeGreaterThanOrEqual(8);
        const customer = simulate(colour(DETECTION_TONE.customer, theme), deficiency);
        for (const other of detections.filter((tone) => tone !== DETECTION_TONE.customer)) {
          expect(
            deltaE(customer, simulate(colour(other, theme), deficiency)),
            `${other} in ${theme}`,
          ).toBeGreaterThanOrEqual(15);
        }
        const { difference, pair } = closest(measures, theme, deficiency);
        expect(difference, `${pair} in ${theme}`).toBeGreaterThanOrEqual(8);
      }
    });
  }

  it('writes the count in each heat cell at 4.5:1 on its shade, in both themes', () => {
    const insights = readFileSync(new URL('../../../../src/styles/insights.css', import.meta.url), 'utf8');
    const text = cssPair('text');
    HEAT.forEach((tone, index) => {
      const rule = new RegExp(`td\\.heat\\[data-heat='${index + 1}'\\] \\{([^}]*)\\}`).exec(insights);
      expect(rule, tone).not.toBeNull();
      expect(rule![1], tone).toContain(`background: var(--tone-${tone})`);
      // A shade without its own text colour is written in the page's.
      const own = /color: light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)/.exec(rule![1]!);
      for (const [position, theme] of THEMES.entries()) {
        const written = own ? own[position + 1]! : text[theme];
        expect(contrast(written, colour(tone, theme)), `${tone} in ${theme}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  });
});
