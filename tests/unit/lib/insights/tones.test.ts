import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, DETECTION_METHODS, SEVERITIES } from '../../../../src/schema/vocabulary.ts';
import {
  ACTION_STATE_TONE,
  ACTION_STATUS_TONE,
  CATEGORY_RAMP,
  COUNT_TONE,
  DETECTION_TONE,
  HEAT_RAMP,
  MEASURE_TONE,
  REPEAT_TONE,
  SEVERITY_TONE,
  TONE_COLOURS,
  TONE_MEANINGS,
  TONES,
  type Tone,
} from '../../../../src/lib/insights/tones.ts';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import { PANEL_KEYS, type InsightsView } from '../../../../src/lib/insights/view-types.ts';
import { actionItem, incident } from './fixtures.ts';

const ROOT = new URL('../../../../', import.meta.url);
const TODAY = '2026-01-01';

/** Every severity, every way of detection, every action-item state and more recurring causes than the ramp has steps. */
const CAUSES = ['dns', 'tls', 'config', 'capacity', 'deploy', 'quota', 'clock'];
const incidents = CAUSES.flatMap((cause, c) =>
  [0, 1].map((n) =>
    incident({
      id: `${cause}-${n}`,
      date: `2025-${String(1 + ((c * 2 + n) % 12)).padStart(2, '0')}-10`,
      rootCause: cause,
      severity: SEVERITIES[(c + n) % SEVERITIES.length]!,
      detectedBy: DETECTION_METHODS[(c + n) % DETECTION_METHODS.length]!,
      contributingFactors: [CAUSES[(c + 1) % CAUSES.length]!],
      actionItems: [
        actionItem({ due: '2025-03-01', status: ACTION_STATUSES[(c + n) % ACTION_STATUSES.length]! }),
        actionItem({ due: '2026-06-01', status: 'open' }),
      ],
    }),
  ),
);
const names = {
  services: {},
  teams: {},
  rootCauses: Object.fromEntries(CAUSES.map((cause) => [cause, cause.toUpperCase()])),
};
const view = insightsView(incidents, { today: TODAY, names });

/** A series label reduced to what it measures: "Median TTD" and "Time to detect, 3-month median" are one meaning. */
function meaningOf(label: string): string {
  return label
    .replace(/’/g, "'")
    .replace(/^(median|p90) /i, '')
    .replace(/, \d+-month median$/, '')
    .replace(/^TTD$/, 'Time to detect')
    .replace(/^TTM$/, 'Time to mitigate')
    .replace(/^TTR$/, 'Time to resolve')
    .replace(/^Repeats within \d+ days$/, 'Repeats of a root cause')
    .replace(/^(Incidents|Action items)$/, 'A count of incidents or items')
    .replace(/^Overdue \(open or in progress\)$/, 'Overdue')
    .toLowerCase();
}

/** tone → the meanings it is drawn with, and meaning → the tones it is drawn in, over every chart of a view. */
function drawnTones(insights: InsightsView) {
  const meaningsOfTone = new Map<Tone, Set<string>>();
  const tonesOfMeaning = new Map<string, Set<Tone>>();
  const note = (tone: Tone, label: string) => {
    const meaning = meaningOf(label);
    meaningsOfTone.set(tone, (meaningsOfTone.get(tone) ?? new Set()).add(meaning));
    tonesOfMeaning.set(meaning, (tonesOfMeaning.get(meaning) ?? new Set()).add(tone));
  };
  for (const key of PANEL_KEYS) {
    const chart = insights.panels[key].chart;
    for (const series of chart?.series ?? []) {
      // A series with a tone per bar means what each bar's label says.
      if (series.tones) series.tones.forEach((tone, index) => note(tone, chart!.labels![index]!));
      else note(series.tone, series.label);
    }
  }
  return { meaningsOfTone, tonesOfMeaning };
}

describe('one colour per meaning', () => {
  const { meaningsOfTone, tonesOfMeaning } = drawnTones(view);

  it('draws every tone with one meaning only, across all the panels', () => {
    const shared = [...meaningsOfTone].filter(([, meanings]) => meanings.size > 1);
    expect(shared.map(([tone, meanings]) => `${tone}: ${[...meanings].join(' / ')}`)).toEqual([]);
    // The fixture draws the fixed meanings it is meant to: all severities, detections and action states.
    const fixed: Tone[] = [
      ...Object.values(SEVERITY_TONE),
      ...Object.values(DETECTION_TONE),
      ...Object.values(ACTION_STATE_TONE),
      MEASURE_TONE.timeToDetect,
      MEASURE_TONE.timeToMitigate,
      COUNT_TONE,
      REPEAT_TONE,
    ];
    for (const tone of fixed) {
      expect(meaningsOfTone.has(tone), tone).toBe(true);
    }
  });

  it('draws every meaning in one tone only', () => {
    const split = [...tonesOfMeaning].filter(([, tones]) => tones.size > 1);
    expect(split.map(([meaning, tones]) => `${meaning}: ${[...tones].join(' / ')}`)).toEqual([]);
  });

  it('draws each fixed tone with the meaning the registry gives it', () => {
    for (const [tone, meanings] of meaningsOfTone) {
      if ((CATEGORY_RAMP as readonly Tone[]).includes(tone)) continue;
      expect([...meanings], tone).toEqual([meaningOf(TONE_MEANINGS[tone])]);
    }
  });

  it('gives open-ended categories the category ramp, in order of frequency, and no fixed tone', () => {
    const trend = view.panels.rootCauseTrend.chart!.series;
    expect(trend.map((series) => series.tone)).toEqual(CATEGORY_RAMP.slice(0, trend.length));
    expect(trend.length).toBe(CATEGORY_RAMP.length);
    const categories = new Set(CAUSES.map((cause) => cause.toUpperCase()));
    for (const [tone, meanings] of meaningsOfTone) {
      const namesCategory = [...meanings].some((meaning) => categories.has(meaning.toUpperCase()));
      expect(namesCategory, tone).toBe((CATEGORY_RAMP as readonly Tone[]).includes(tone));
    }
  });

  it('keys the action-item states by the format’s status words too', () => {
    expect(Object.keys(ACTION_STATUS_TONE).sort()).toEqual([...ACTION_STATUSES].sort());
  });

  it('gives each tone one colour in each theme, shared with no other tone', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colours = TONES.map((tone) => TONE_COLOURS[tone][theme].toLowerCase());
      expect(new Set(colours).size, theme).toBe(TONES.length);
    }
    expect(new Set([...CATEGORY_RAMP, ...HEAT_RAMP]).size).toBe(CATEGORY_RAMP.length + HEAT_RAMP.length);
  });
});

describe('where panels take their tones from', () => {
  const panelFiles = readdirSync(new URL('src/lib/insights/', ROOT)).filter((file) => /^panels-.*\.ts$/.test(file));

  it('names no tone in a panel file: every tone comes from the registry', () => {
    expect(panelFiles.length).toBeGreaterThan(0);
    const literal = new RegExp(`['"\`](${TONES.join('|')}|blue|vermillion|orange|sky|purple|yellow|grey|green)['"\`]`);
    for (const file of panelFiles) {
      const source = readFileSync(new URL(`src/lib/insights/${file}`, ROOT), 'utf8');
      expect(literal.exec(source)?.[0], file).toBeUndefined();
      if (/\btones?:/.test(source)) expect(source, file).toMatch(/from '\.\/tones\.ts'/);
    }
  });

  it('defines every tone as a CSS variable with the registry’s colours, and nothing else', () => {
    const css = readFileSync(new URL('src/styles/global.css', ROOT), 'utf8');
    const defined = Object.fromEntries(
      [...css.matchAll(/--tone-([a-z0-9-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map((match) => [
        match[1]!,
        { light: match[2]!.toLowerCase(), dark: match[3]!.toLowerCase() },
      ]),
    );
    const expected = Object.fromEntries(
      TONES.map((tone) => [tone, { light: TONE_COLOURS[tone].light, dark: TONE_COLOURS[tone].dark }]),
    );
    expect(defined).toEqual(expected);
  });
});
