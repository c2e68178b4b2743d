/** A Chart.js configuration for one chart specification (src/lib/insights/view-types.ts) in one theme. */
import type { ChartConfiguration, ChartDataset, Scale, TooltipItem } from 'chart.js';
import { dateOfDay, monthLabel } from '../../lib/time/calendar.ts';
import { formatMinutes, formatNumber, formatShare } from '../../lib/insights/format.ts';
import type { ChartSeries, ChartSpec } from '../../lib/insights/view-types.ts';
import { DAY } from '../../lib/time/duration.ts';
import { formatCalendarDate } from '../../lib/time/format.ts';
import { categoryTickLabels } from './category-labels.ts';
import type { ChartTheme } from './theme.ts';

/** A log axis cannot show 0: shorter values are drawn at 1 minute (tooltips still say what they are). */
const LOG_FLOOR = 1;
/** Tick, legend and tooltip text, in CSS pixels. */
const TICK_FONT_SIZE = 12;
/** Beyond this many points, animation only costs time. */
const ANIMATION_LIMIT = 400;

/** A colour (`#rrggbb` or `rgb(…)`, as computed styles give them) with an alpha; others are returned as they are. */
function withAlpha(color: string, alpha: number): string {
  if (/^#[0-9a-f]{6}$/i.test(color)) {
    return `${color}${Math.round(alpha * 255)
      .toString(16)
      .padStart(2, '0')}`;
  }
  const rgb = /^rgb\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)\s*\)$/.exec(color);
  return rgb ? `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})` : color;
}

function plotted(value: number | null, spec: ChartSpec): number | null {
  if (value === null) return null;
  return spec.scale === 'logarithmic' ? Math.max(value, LOG_FLOOR) : value;
}

function describeValue(spec: ChartSpec, series: ChartSeries, index: number): string {
  const value = series.values[index];
  if (value === null || value === undefined) return 'no data';
  switch (spec.unit) {
    case 'minutes':
      return value < 1 ? 'under 1 min' : `${formatMinutes(value)} (${formatNumber(value)} min)`;
    case 'percent': {
      const count = series.counts?.[index];
      return count === undefined ? formatShare(value) : `${formatShare(value)} (${formatNumber(count)})`;
    }
    case 'incidents':
      return `${formatNumber(value)} incident${value === 1 ? '' : 's'}`;
    case 'items':
      return `${formatNumber(value)} item${value === 1 ? '' : 's'}`;
  }
}

const EPSILON = 1e-9;
const powerOfTen = (value: number) => 10 ** Math.floor(Math.log10(value) + EPSILON);

/** The largest of 1, 2, 5 × 10ⁿ at or below `value`. */
function niceBelow(value: number): number {
  const power = powerOfTen(value);
  const leading = value / power;
  return (leading >= 5 - EPSILON ? 5 : leading >= 2 - EPSILON ? 2 : 1) * power;
}

/** The smallest of 1, 2, 5 × 10ⁿ at or above `value`. */
function niceAbove(value: number): number {
  const power = powerOfTen(value);
  const leading = value / power;
  return (leading <= 1 + EPSILON ? 1 : leading <= 2 + EPSILON ? 2 : leading <= 5 + EPSILON ? 5 : 10) * power;
}

/** A log axis from and to a 1-2-5 value, so it starts and ends on a labelled line. */
function niceLogBounds(scale: Scale): void {
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max)) [scale.min, scale.max] = [1, 10];
  const min = niceBelow(Math.max(scale.min, LOG_FLOOR));
  scale.min = min;
  scale.max = niceAbove(Math.max(scale.max, min * 2));
}

/** Log-axis ticks (and grid lines) at 1, 2 and 5 × 10ⁿ only, so labels do not crowd. */
function niceLogTicks(scale: Scale): void {
  const ticks: { value: number }[] = [];
  for (let power = powerOfTen(scale.min); power <= scale.max; power *= 10) {
    for (const digit of [1, 2, 5]) {
      const value = Math.round(digit * power * 1e6) / 1e6;
      if (value >= scale.min - EPSILON && value <= scale.max + EPSILON) ticks.push({ value });
    }
  }
  scale.ticks = ticks;
}

const monthIndex = (day: number) => {
  const date = dateOfDay(Math.floor(day));
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
};
const firstDayOfMonthIndex = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1) / DAY;

/** Widens a day-number axis to whole months, so it starts and ends on a month boundary. */
function wholeMonths(scale: Scale): void {
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max)) return;
  scale.min = firstDayOfMonthIndex(monthIndex(scale.min));
  scale.max = firstDayOfMonthIndex(monthIndex(scale.max) + 1);
}

/** Ticks on the first of every `step` months (quarters on quarters, years on Januaries). */
function monthTicks(scale: Scale): void {
  const first = monthIndex(scale.min);
  const last = monthIndex(scale.max);
  // About one label per 90 px, so they do not overlap on a phone.
  const most = Math.max(2, Math.min(8, Math.floor(scale.chart.width / 90)));
  const step = [1, 2, 3, 6, 12, 24, 60].find((candidate) => (last - first) / candidate <= most) ?? 120;
  const ticks: { value: number }[] = [];
  for (let index = Math.ceil(first / step) * step; index <= last; index += step) {
    const day = firstDayOfMonthIndex(index);
    if (day >= scale.min && day <= scale.max) ticks.push({ value: day });
  }
  scale.ticks = ticks;
}

function dataset(spec: ChartSpec, series: ChartSeries, theme: ChartTheme, animate: boolean): ChartDataset {
  const colour = series.tones ? series.tones.map((tone) => theme.tone[tone]) : theme.tone[series.tone];
  const data =
    spec.axis === 'time'
      ? series.values.map((value, index) => ({ x: series.x?.[index] ?? 0, y: plotted(value, spec) }))
      : series.values.map((value) => plotted(value, spec));
  const common = { label: series.label, data: data as never, borderColor: colour };
  switch (series.type) {
    case 'bar':
      return {
        ...common,
        type: 'bar',
        backgroundColor: colour,
        // A hairline of the background between stacked parts, so neighbouring shades stay apart.
        ...(spec.stacked ? { borderColor: theme.surface } : {}),
        borderWidth: 1,
        borderSkipped: false,
        maxBarThickness: 48,
      };
    case 'scatter': {
      // Smaller, outline-free marks as incidents crowd, so the medians stay readable.
      const count = series.values.length;
      return {
        ...common,
        type: 'scatter',
        order: 1,
        backgroundColor: withAlpha(theme.tone[series.tone], count > 500 ? 0.35 : 0.55),
        pointStyle: series.point ?? 'circle',
        pointRadius: count > 2000 ? 1.5 : count > 500 ? 2.5 : 4,
        pointHoverRadius: 6,
        borderWidth: count > 500 ? 0 : 1,
      };
    }
    case 'line':
      return {
        ...common,
        type: 'line',
        // Drawn over scatter marks (higher orders are drawn first).
        order: 0,
        backgroundColor: colour,
        borderWidth: 2.5,
        borderDash: series.dashed ? [7, 4] : [],
        // Without marks, the legend shows a line for it rather than a dot.
        pointStyle: series.point ?? 'line',
        pointRadius: series.point ? 3.5 : 0,
        pointHoverRadius: 5,
        spanGaps: false,
        tension: 0,
        ...(animate ? {} : { animation: false as const }),
      };
  }
}

export function chartConfig(spec: ChartSpec, theme: ChartTheme): ChartConfiguration {
  const points = spec.series.reduce((sum, series) => sum + series.values.length, 0);
  const animate = points <= ANIMATION_LIMIT && !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const font = { family: theme.font, size: TICK_FONT_SIZE };
  const title = (text: string) => ({
    display: true,
    text,
    color: theme.muted,
    font: { ...font, weight: 600 as const },
  });
  const grid = { color: theme.grid };
  const ticks = { color: theme.muted, font };

  const valueAxis = {
    type: spec.scale,
    // Horizontal bars carry their values along x, so the x title belongs here.
    title: title(spec.horizontal ? spec.xTitle : spec.yTitle),
    grid,
    border: { color: theme.grid },
    stacked: spec.stacked ?? false,
    ...(spec.scale === 'linear' ? { beginAtZero: true, ...(spec.max === undefined ? {} : { max: spec.max }) } : {}),
    ticks: {
      ...ticks,
      ...(spec.scale === 'logarithmic'
        ? { callback: (value: number | string) => formatNumber(Number(value)) }
        : {
            precision: 0,
            ...(spec.unit === 'percent' ? { callback: (value: number | string) => `${value} %` } : {}),
          }),
    },
    ...(spec.scale === 'logarithmic' ? { afterDataLimits: niceLogBounds, afterBuildTicks: niceLogTicks } : {}),
  };
  const categoryAxis =
    spec.axis === 'time'
      ? {
          type: 'linear' as const,
          title: title(spec.xTitle),
          grid,
          border: { color: theme.grid },
          afterDataLimits: wholeMonths,
          afterBuildTicks: monthTicks,
          ticks: { ...ticks, callback: (value: number | string) => monthLabel(dateOfDay(Number(value)).slice(0, 7)) },
        }
      : {
          type: 'category' as const,
          // Ranked bars name their categories in the panel heading; the width a title
          // would take beside them is better spent on the names.
          title: spec.horizontal ? { display: false } : title(spec.xTitle),
          grid: { display: false },
          border: { color: theme.grid },
          stacked: spec.stacked ?? false,
          // Keeps the first and last points of a line inside the plot, as bars are.
          offset: true,
          ticks: {
            ...ticks,
            autoSkip: !spec.horizontal,
            // Long names wrap, or end in an ellipsis; the tooltip and the table give them whole.
            callback: categoryTickLabels(
              spec.labels ?? [],
              spec.horizontal ?? false,
              `${TICK_FONT_SIZE}px ${theme.font}`,
            ),
          },
        };

  return {
    type: spec.series[0]?.type ?? 'bar',
    data: {
      labels: spec.axis === 'category' ? spec.labels : undefined,
      datasets: spec.series.map((series) => dataset(spec, series, theme, animate)),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: animate ? { duration: 300 } : false,
      indexAxis: spec.horizontal ? 'y' : 'x',
      interaction: spec.axis === 'time' ? { mode: 'nearest', intersect: true } : { mode: 'index', intersect: false },
      color: theme.text,
      font,
      scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        legend: {
          display: spec.series.length > 1,
          position: 'bottom',
          labels: {
            color: theme.text,
            font,
            usePointStyle: true,
            boxHeight: 8,
            // In the order of the series, whatever order they are drawn in.
            sort: (a: { datasetIndex?: number }, b: { datasetIndex?: number }) =>
              (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
          },
        },
        tooltip: {
          backgroundColor: theme.surface,
          titleColor: theme.text,
          bodyColor: theme.text,
          borderColor: theme.grid,
          borderWidth: 1,
          titleFont: { ...font, weight: 'bold' },
          bodyFont: font,
          usePointStyle: true,
          callbacks: {
            title: (items: TooltipItem<never>[]) => {
              const item = items[0];
              if (!item) return '';
              return spec.axis === 'time'
                ? formatCalendarDate(dateOfDay(Math.round((item.raw as { x: number }).x)))
                : (spec.labels?.[item.dataIndex] ?? '');
            },
            label: (item: TooltipItem<never>) => {
              const series = spec.series[item.datasetIndex]!;
              return `${series.label}: ${describeValue(spec, series, item.dataIndex)}`;
            },
          },
        },
      },
    },
  } as ChartConfiguration;
}
