/**
 * Every figure of the insights as data, for /insights-data.json: the stat
 * tiles and each panel's table, numbers unrounded. Taken from the same view
 * the page draws, so the file and the page cannot disagree.
 */
import type { InsightsView, TableCell, TableModel } from './view-types.ts';

/** A number where the page shows one, else the text the page shows ("too few incidents", a name, a date). */
export type FigureCell = number | string;

export interface FigureTable {
  title: string;
  caption: string;
  columns: string[];
  rows: FigureCell[][];
  /** Said under a capped list: how many more there are. */
  more?: string;
}

export interface InsightsFigures {
  incidents: number;
  stats: { key: string; label: string; value: string; detail?: string }[];
  tables: Record<string, FigureTable>;
}

const cell = (value: TableCell): FigureCell => value.value ?? value.text;

function table(title: string, model: TableModel): FigureTable {
  return {
    title,
    caption: model.caption,
    columns: model.columns.map((column) => column.label),
    rows: model.rows.map((row) => row.map(cell)),
    ...(model.more ? { more: model.more } : {}),
  };
}

export function insightsFigures(view: InsightsView): InsightsFigures {
  return {
    incidents: view.incidentCount,
    stats: view.stats.map(({ key, label, value, detail }) => ({ key, label, value, ...(detail ? { detail } : {}) })),
    tables: {
      comparison: table('The last 12 months against the 12 before', view.comparison),
      ...Object.fromEntries(Object.entries(view.panels).map(([key, panel]) => [key, table(panel.title, panel.table)])),
    },
  };
}
