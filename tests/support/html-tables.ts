/**
 * Tables of built pages read by their column labels, so tests find a figure
 * by what its column is called rather than by its position or a sentence.
 */
import { expect } from 'vitest';
import { decodeEntities, visibleText } from './html.ts';

export interface Cell {
  text: string;
  /** The unrounded number behind a numeric cell (its data-value). */
  value?: number;
  href?: string;
  /** Hover text, e.g. why a statistic is missing. */
  title?: string;
}

export interface ReadTable {
  columns: string[];
  rows: Cell[][];
}

/** The first table carrying `data-table="name"` in the html. */
export function readTable(html: string, name: string): ReadTable {
  const table = new RegExp(`<table[^>]*data-table="${name}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  expect(table, `table "${name}"`).not.toBeNull();
  const head = /<thead[^>]*>([\s\S]*?)<\/thead>/.exec(table![1]!)?.[1] ?? '';
  const columns = [...head.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((match) => visibleText(match[1]!));
  const body = /<tbody[^>]*>([\s\S]*?)<\/tbody>/.exec(table![1]!)?.[1] ?? '';
  const rows = [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<(th|td)([^>]*)>([\s\S]*?)<\/\1>/g)].map(([, , attributes, content]): Cell => {
      const value = /data-value="([^"]*)"/.exec(attributes!)?.[1];
      const href = /<a [^>]*href="([^"]*)"/.exec(content!)?.[1];
      const title = /\stitle="([^"]*)"/.exec(attributes!)?.[1];
      return {
        text: visibleText(content!),
        ...(value === undefined ? {} : { value: Number(value) }),
        ...(href === undefined ? {} : { href: decodeEntities(href) }),
        ...(title === undefined ? {} : { title: decodeEntities(title) }),
      };
    }),
  );
  return { columns, rows };
}

/** Index of the column whose label matches. */
export function columnIndex(table: ReadTable, label: RegExp): number {
  const index = table.columns.findIndex((column) => label.test(column));
  expect(index, `column ${label} among ${table.columns.join(' | ')}`).toBeGreaterThanOrEqual(0);
  return index;
}

/** The row whose first cell (its header) matches. */
export function rowOf(table: ReadTable, header: RegExp | string): Cell[] {
  const row = table.rows.find((cells) =>
    typeof header === 'string' ? cells[0]?.text === header : header.test(cells[0]?.text ?? ''),
  );
  expect(row, `row ${header} among ${table.rows.map((cells) => cells[0]?.text).join(' | ')}`).toBeDefined();
  return row!;
}

/** The cell of a row in the column whose label matches. */
export function cellOf(table: ReadTable, header: RegExp | string, column: RegExp): Cell {
  return rowOf(table, header)[columnIndex(table, column)]!;
}

/** One column, top to bottom. */
export function columnOf(table: ReadTable, column: RegExp): Cell[] {
  const index = columnIndex(table, column);
  return table.rows.map((cells) => cells[index]!);
}
