/** What `npm run import` did with each file, as the closing table and as the `--report` JSON. */
import type { OnceKind } from '../../schema/vocabulary.ts';
import type { Found } from './milestones.ts';
import type { SuggestedEntry } from './taxonomy-match.ts';

export interface ImportRow {
  file: string;
  /** The draft's path, when one was written. */
  draft: string | undefined;
  eventsRead: number;
  todos: number;
  /** Why no draft was written. */
  problem?: string;
  milestones?: Record<OnceKind, Found>;
  suggested?: { services: SuggestedEntry[]; teams: SuggestedEntry[] };
}

/** A plain-text table: file, draft written (or why not), events read, TODOs. */
export function importTable(rows: readonly ImportRow[]): string {
  const table = [
    ['file', 'draft written', 'events read', 'TODOs'],
    ...rows.map((row) => [
      row.file,
      row.draft ?? `no: ${row.problem ?? 'not imported'}`,
      row.draft ? String(row.eventsRead) : '-',
      row.draft ? String(row.todos) : '-',
    ]),
  ].map((cells) => cells.map((cell) => cell.replace(/[\u0000-\u001f\u007f]/g, '?')));
  const widths = table[0]!.map((_, column) => Math.max(...table.map((cells) => cells[column]!.length)));
  return table
    .map((cells) =>
      cells
        .map((cell, column) => (column >= 2 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
