/**
 * What each chart colour means, and its colour in each theme: the one place a
 * colour is given a meaning. Panels take tones from the maps below only, so a
 * colour says the same thing on every page; src/styles/global.css defines one
 * `--tone-<name>` variable per tone with these values (a unit test holds them
 * equal), which the charts and the severity badges read.
 *
 * Fixed meanings own their colour: severities a red lightness ramp (darker in
 * light themes, lighter in dark ones, is worse), action-item states, how an
 * incident was detected (customer reports stand out, the other ways share a
 * warm grey family), the measures (time to detect, to mitigate, to resolve,
 * lost to misleading leads, impact) and plain counts (a slate grey). Open-ended
 * categories (root causes, services, teams) get no colour of their own: ranked
 * bars are counts, and a chart split by category uses the teal ramp by rank.
 *
 * Every tone but the heat ramp has at least 3:1 contrast with the panel
 * background in both themes (WCAG 1.4.11); zod-free, the browser imports it.
 */
import type { ActionStatus, DetectionMethod, Severity } from '../../schema/vocabulary.ts';

export interface ThemeColours {
  light: string;
  dark: string;
}

/** Each tone's colour in the light and the dark theme. */
export const TONE_COLOURS = {
  sev1: { light: '#7c111d', dark: '#febab6' },
  sev2: { light: '#a1252f', dark: '#fa8785' },
  sev3: { light: '#b84d4e', dark: '#d36c6b' },
  sev4: { light: '#c07976', dark: '#a15d5b' },
  'action-done': { light: '#007d51', dark: '#5aca94' },
  'action-wont-do': { light: '#838383', dark: '#868686' },
  'action-in-progress': { light: '#00668e', dark: '#7ac8f5' },
  'action-open': { light: '#b58913', dark: '#fbc959' },
  'action-overdue': { light: '#af4000', dark: '#f06a2e' },
  'action-not-yet-due': { light: '#5691b3', dark: '#5095bb' },
  'detect-customer': { light: '#a61b86', dark: '#e875c6' },
  'detect-monitoring': { light: '#5d5045', dark: '#c4b4a8' },
  'detect-employee': { light: '#736459', dark: '#a99a8e' },
  'detect-automated-test': { light: '#897a6f', dark: '#8f8074' },
  'detect-third-party': { light: '#a09085', dark: '#76675c' },
  'time-to-detect': { light: '#2a5fb7', dark: '#699ef5' },
  'time-to-mitigate': { light: '#a36102', dark: '#ffa746' },
  'time-to-resolve': { light: '#4f2980', dark: '#decefe' },
  'time-misleading': { light: '#575203', dark: '#eee354' },
  'impact-duration': { light: '#7b53dd', dark: '#9c76f3' },
  'plain-count': { light: '#475768', dark: '#9badc1' },
  'cause-repeat': { light: '#1e2f41', dark: '#d2e0ee' },
  'category-1': { light: '#002d2e', dark: '#caf1f0' },
  'category-2': { light: '#004444', dark: '#97dddc' },
  'category-3': { light: '#015c5c', dark: '#73c5c4' },
  'category-4': { light: '#1a7474', dark: '#59abab' },
  'category-5': { light: '#378b8a', dark: '#3f9292' },
  'category-6': { light: '#4ea0a0', dark: '#327878' },
  'heat-1': { light: '#e7f0f8', dark: '#262f38' },
  'heat-2': { light: '#c3d3e4', dark: '#3c4f62' },
  'heat-3': { light: '#93aeca', dark: '#4d6580' },
  'heat-4': { light: '#557494', dark: '#87a1bd' },
  'heat-5': { light: '#36587b', dark: '#bbd0e8' },
} as const satisfies Record<string, ThemeColours>;

export type Tone = keyof typeof TONE_COLOURS;
export const TONES = Object.keys(TONE_COLOURS) as Tone[];

/** The background charts are drawn on (--surface in global.css), for the contrast rule. */
export const PANEL_BACKGROUND: ThemeColours = { light: '#ffffff', dark: '#1b1d20' };

/** SEV1 (worst) to SEV4: one hue, stronger contrast for worse; the severity badges use the same colours. */
export const SEVERITY_TONE = {
  SEV1: 'sev1',
  SEV2: 'sev2',
  SEV3: 'sev3',
  SEV4: 'sev4',
} as const satisfies Record<Severity, Tone>;

/** Text on a severity badge (filled with its severity's tone): white or near-black, whichever reads at 4.5:1. */
export const SEVERITY_BADGE_TEXT = {
  SEV1: { light: '#ffffff', dark: '#141517' },
  SEV2: { light: '#ffffff', dark: '#141517' },
  SEV3: { light: '#ffffff', dark: '#141517' },
  SEV4: { light: '#1b1c1e', dark: '#ffffff' },
} as const satisfies Record<Severity, ThemeColours>;

/** Where an action item stands; overdue and not yet due split the open and in-progress ones by their due date. */
export const ACTION_STATE_TONE = {
  done: 'action-done',
  wontDo: 'action-wont-do',
  inProgress: 'action-in-progress',
  open: 'action-open',
  overdue: 'action-overdue',
  notYetDue: 'action-not-yet-due',
} as const satisfies Record<string, Tone>;

/** The same, keyed by the status words of the format. */
export const ACTION_STATUS_TONE = {
  open: ACTION_STATE_TONE.open,
  'in-progress': ACTION_STATE_TONE.inProgress,
  done: ACTION_STATE_TONE.done,
  'wont-do': ACTION_STATE_TONE.wontDo,
} as const satisfies Record<ActionStatus, Tone>;

/** Who noticed first: customer reports stand out, the other ways are greys told apart by lightness. */
export const DETECTION_TONE = {
  customer: 'detect-customer',
  monitoring: 'detect-monitoring',
  employee: 'detect-employee',
  'automated-test': 'detect-automated-test',
  'third-party': 'detect-third-party',
} as const satisfies Record<DetectionMethod, Tone>;

/** Durations, wherever they are drawn: per incident, medians, percentiles, totals. */
export const MEASURE_TONE = {
  timeToDetect: 'time-to-detect',
  timeToMitigate: 'time-to-mitigate',
  timeToResolve: 'time-to-resolve',
  misleadingLeads: 'time-misleading',
  impactDuration: 'impact-duration',
} as const satisfies Record<string, Tone>;

/** Bars that are just a number of incidents (or items), whatever they are grouped by. */
export const COUNT_TONE = 'plain-count' satisfies Tone;

/** Incidents that repeated an earlier incident's root cause: drawn beside the counts they are part of. */
export const REPEAT_TONE = 'cause-repeat' satisfies Tone;

/** A chart split by open-ended categories: one hue, darkest (light theme) for the most frequent. */
export const CATEGORY_RAMP = [
  'category-1',
  'category-2',
  'category-3',
  'category-4',
  'category-5',
  'category-6',
] as const satisfies readonly Tone[];

/**
 * Shaded cells by how many incidents they hold, fewest first. The light end is
 * close to the background by design, so a cell shaded with it needs its number
 * written in it.
 */
export const HEAT_RAMP = ['heat-1', 'heat-2', 'heat-3', 'heat-4', 'heat-5'] as const satisfies readonly Tone[];

/** The CSS variable holding a tone's colour in the current theme. */
export function toneVariable(tone: Tone): string {
  return `--tone-${tone}`;
}

/** The meaning of each tone, in words: what the guide and the tests hold it to. */
export const TONE_MEANINGS: Record<Tone, string> = {
  sev1: 'SEV1',
  sev2: 'SEV2',
  sev3: 'SEV3',
  sev4: 'SEV4',
  'action-done': 'Done',
  'action-wont-do': "Won't do",
  'action-in-progress': 'In progress',
  'action-open': 'Open',
  'action-overdue': 'Overdue',
  'action-not-yet-due': 'Not yet due',
  'detect-customer': 'Customer report',
  'detect-monitoring': 'Monitoring',
  'detect-employee': 'Employee',
  'detect-automated-test': 'Automated test',
  'detect-third-party': 'Third party',
  'time-to-detect': 'Time to detect',
  'time-to-mitigate': 'Time to mitigate',
  'time-to-resolve': 'Time to resolve',
  'time-misleading': 'Time lost to misleading leads',
  'impact-duration': 'Impact duration',
  'plain-count': 'A count of incidents or items',
  'cause-repeat': 'Repeats of a root cause',
  'category-1': 'The most frequent category in its chart',
  'category-2': 'The 2nd most frequent category in its chart',
  'category-3': 'The 3rd most frequent category in its chart',
  'category-4': 'The 4th most frequent category in its chart',
  'category-5': 'The 5th most frequent category in its chart',
  'category-6': 'The 6th most frequent category in its chart',
  'heat-1': 'Fewest incidents in a cell',
  'heat-2': 'Few incidents in a cell',
  'heat-3': 'Some incidents in a cell',
  'heat-4': 'Many incidents in a cell',
  'heat-5': 'Most incidents in a cell',
};
