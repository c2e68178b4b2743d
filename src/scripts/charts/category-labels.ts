/**
 * Tick labels of a category axis that fit the room the chart has at its
 * current width (src/scripts/charts/label-lines.ts does the fitting).
 */
import type { Scale } from 'chart.js';
import { labelLines, wordsFit, type Measure } from './label-lines.ts';

/**
 * Room Chart.js leaves between a left axis's labels and the plot: its tick
 * mark (8 px), tick padding (3 px), and a few pixels to spare.
 */
const TICK_ROOM = 16;
/** Lines a ranked bar's name may take: its row is about 2.1rem, two 12 px lines. */
const RANKED_LINES = 2;
/** Lines under a column; more would take the height the bars need. */
const COLUMN_LINES = 3;
/** Space kept between the labels of neighbouring columns. */
const COLUMN_GAP = 6;

let measuring: CanvasRenderingContext2D | null | undefined;

/** Text widths in the chart's tick font, measured on a canvas of our own. */
function measureIn(font: string): Measure {
  measuring ??= document.createElement('canvas').getContext('2d');
  return (text) => {
    if (!measuring) return text.length * 7;
    measuring.font = font;
    return measuring.measureText(text).width;
  };
}

/**
 * Labels of ranked bars (categories down the left side): each in up to two lines
 * within the width Chart.js allows a left axis (half the chart), cut with an ellipsis past that.
 */
function rankedLabels(labels: string[], axisMaxWidth: number, measure: Measure): (string | string[])[] {
  const room = { maxWidth: Math.max(24, axisMaxWidth - TICK_ROOM), maxLines: RANKED_LINES, measure };
  return labels.map((label) => labelLines(label, room));
}

/**
 * Labels under columns: wrapped to the width of a column when every word fits in
 * one; otherwise left whole on one line, and Chart.js turns them to fit.
 */
function columnLabels(labels: string[], axisWidth: number, measure: Measure): (string | string[])[] {
  const room = { maxWidth: axisWidth / Math.max(1, labels.length) - COLUMN_GAP, maxLines: COLUMN_LINES, measure };
  if (!labels.every((label) => wordsFit(label, room))) return labels;
  return labels.map((label) => labelLines(label, room));
}

/** A tick callback for a category axis of `labels`, drawn in `font` (a CSS font shorthand). */
export function categoryTickLabels(
  labels: string[],
  horizontal: boolean,
  font: string,
): (this: Scale, value: number | string, index: number) => string | string[] {
  const measure = measureIn(font);
  // Chart.js asks for each label in turn, several times while it lays the chart out.
  let cached: { width: number; lines: (string | string[])[] } | undefined;
  return function (this: Scale, value, index) {
    // A category tick's value is its label's index.
    const at = typeof value === 'number' ? value : index;
    // A left axis may take up to maxWidth; an axis along the bottom is as wide as its box.
    const width = (horizontal ? this.maxWidth : this.width) || this.chart.width / 2;
    if (cached?.width !== width) {
      cached = {
        width,
        lines: horizontal ? rankedLabels(labels, width, measure) : columnLabels(labels, width, measure),
      };
    }
    return cached.lines[at] ?? labels[at] ?? '';
  };
}
