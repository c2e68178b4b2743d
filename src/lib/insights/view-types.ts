/**
 * The insights as the page shows them: chart specifications and tables, plain
 * data built once (src/lib/insights/view.ts) and drawn twice: by Astro at build
 * time and by the filter script after the reader narrows the scope.
 */

import type { Tone } from './tones.ts';

export type PointShape = 'circle' | 'triangle' | 'rect' | 'rectRot' | 'crossRot' | 'star';

export interface ChartSeries {
  label: string;
  type: 'bar' | 'line' | 'scatter';
  /** Its colour, which says what it is: taken from the maps in src/lib/insights/tones.ts. */
  tone: Tone;
  /** A tone per value, for a single series whose bars mean different things. */
  tones?: Tone[];
  /** y values; aligned with the chart's `labels`, or with `x` on a time axis. null leaves a gap. */
  values: (number | null)[];
  /** Day numbers (days since 1970-01-01), on a time axis. */
  x?: number[];
  dashed?: boolean;
  point?: PointShape;
  /** Counts behind percentages, shown in tooltips. */
  counts?: number[];
}

export interface ChartSpec {
  /** Categories along x (quarters, bins, names), or dates on a linear day axis. */
  axis: 'category' | 'time';
  labels?: string[];
  /** Bars run left to right, categories down the side. */
  horizontal?: boolean;
  stacked?: boolean;
  /** Axis titles, with units. */
  xTitle: string;
  yTitle: string;
  /** The value axis; values below 1 are drawn at 1 on a log scale and shown as they are in tooltips. */
  scale: 'linear' | 'logarithmic';
  max?: number;
  unit: 'minutes' | 'incidents' | 'items' | 'percent';
  series: ChartSeries[];
}

export interface TableColumn {
  label: string;
  numeric?: boolean;
  /** Short values (dates, statuses) that read badly broken over lines. */
  nowrap?: boolean;
}

export interface TableCell {
  text: string;
  /** The number behind a numeric cell, unrounded (tests compare it with the aggregation). */
  value?: number;
  href?: string;
  /** Extra words for hover, e.g. a duration in hours. */
  title?: string;
  /** Shading of a heatmap cell, 0 (none) to 1 (the most in its table): how many, in one hue. */
  heat?: number;
}

export interface TableModel {
  caption: string;
  columns: TableColumn[];
  /** The first cell of each row is its header. */
  rows: TableCell[][];
  /** Shown instead of rows when there are none. */
  empty: string;
  /** Said under a capped list: how many more there are. */
  more?: string;
  /** The same figures in fewer columns, shown instead when the panel is phone-narrow. */
  narrow?: TableModel;
}

export interface Panel {
  title: string;
  /** How to read it, in a sentence. */
  description: string;
  /** The chart's text alternative (its aria-label). */
  summary: string;
  chart?: ChartSpec;
  table: TableModel;
  /** Nothing to compare (a ranking of one): the page leaves the panel out. */
  hidden?: boolean;
}

export interface Stat {
  key: string;
  label: string;
  value: string;
  detail?: string;
}

export const PANEL_KEYS = [
  'durations',
  'detectQuarterly',
  'mitigateQuarterly',
  'impact',
  'severity',
  'detection',
  'rootCauses',
  'rootCauseTrend',
  'repeats',
  'contributing',
  'actionStatus',
  'actionCompletion',
  'overdue',
  'byService',
  'byTeam',
  'severityMonthly',
  'startClock',
  'resolveQuarterly',
  'misleadingIncidents',
  'misleadingSummary',
  'actionOutcomes',
  'actionCloseTime',
  'actionOwners',
  'earlierPromises',
  'impactTotals',
  'usersAffected',
] as const;
export type PanelKey = (typeof PANEL_KEYS)[number];

export interface InsightsView {
  incidentCount: number;
  stats: Stat[];
  comparison: TableModel;
  panels: Record<PanelKey, Panel>;
}
