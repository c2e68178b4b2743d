import type { z } from 'astro/zod';
import { formatFieldPath, type FieldPath, type Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import type { SourceFile } from './sources.ts';
import { parseYaml } from './yaml-document.ts';

export interface CheckedTaxonomy<Entry extends { id: string }> {
  entries: Entry[];
  /** Every id in the file, including entries that failed validation, so references are not double-reported. */
  ids: string[];
  /** The raw list items, for cross-file rules on entries that failed validation. */
  items: unknown[];
  /** False when the file is missing or unreadable; references to it are then not checked. */
  loaded: boolean;
  /** Former id -> the current id that replaced it (from each entry's `formerIds`). */
  renames: Map<string, string>;
  problems: Problem[];
  /** Line of a path such as `[3, 'team']` in the file, for reporting. */
  lineOf: (path: FieldPath) => number | undefined;
}

/** A taxonomy file: a YAML list of entries with unique ids. */
export function checkTaxonomyFile<Entry extends { id: string; formerIds?: string[] }>(
  source: SourceFile | undefined,
  expectedPath: string,
  schema: z.ZodType<Entry>,
): CheckedTaxonomy<Entry> {
  const result: CheckedTaxonomy<Entry> = {
    entries: [],
    ids: [],
    items: [],
    loaded: false,
    renames: new Map(),
    problems: [],
    lineOf: () => undefined,
  };
  const report = (file: string, field: string, message: string, line?: number) =>
    result.problems.push({ file, field, message, severity: 'error', line });
  if (!source) {
    report(expectedPath, 'file', 'is missing: create it as a YAML list of { id, name, description }');
    return result;
  }
  const yaml = parseYaml(source.text);
  result.lineOf = yaml.lineOf;
  for (const error of yaml.errors) report(source.path, 'file', `is not valid YAML: ${error.message}`, error.line);
  if (yaml.errors.length > 0) return result;
  if (!Array.isArray(yaml.value)) {
    report(source.path, 'file', 'must be a YAML list of entries ("- id: …")', 1);
    return result;
  }

  result.loaded = true;
  result.items = yaml.value;
  const firstIndex = new Map<string, number>();
  const valid: { index: number; entry: Entry }[] = [];
  yaml.value.forEach((item: unknown, index) => {
    const rawId = (item as { id?: unknown } | null)?.id;
    if (typeof rawId === 'string') {
      if (firstIndex.has(rawId)) {
        report(
          source.path,
          `[${index}].id`,
          `"${rawId}" is already used by entry [${firstIndex.get(rawId)}]; ids must be unique`,
          yaml.lineOf([index, 'id']),
        );
      } else {
        firstIndex.set(rawId, index);
        result.ids.push(rawId);
      }
    }
    const parsed = schema.safeParse(item);
    if (parsed.success) {
      result.entries.push(parsed.data);
      valid.push({ index, entry: parsed.data });
      return;
    }
    for (const problem of schemaProblems(schema, item, parsed.error.issues)) {
      const path = [index, ...problem.path];
      report(
        source.path,
        formatFieldPath(path),
        problem.message.replace('postmortem format', 'taxonomy format'),
        yaml.lineOf(path),
      );
    }
  });
  checkFormerIds(valid, firstIndex, result, (index, formerIndex, message) =>
    report(
      source.path,
      `[${index}].formerIds[${formerIndex}]`,
      message,
      yaml.lineOf([index, 'formerIds', formerIndex]),
    ),
  );
  return result;
}

/** A former id must be free (no entry has it now) and point to one entry only. */
function checkFormerIds<Entry extends { id: string; formerIds?: string[] }>(
  valid: { index: number; entry: Entry }[],
  currentIds: ReadonlyMap<string, number>,
  result: CheckedTaxonomy<Entry>,
  report: (index: number, formerIndex: number, message: string) => void,
): void {
  const claimedBy = new Map<string, number>();
  for (const { index, entry } of valid) {
    (entry.formerIds ?? []).forEach((former, formerIndex) => {
      const current = currentIds.get(former);
      if (current !== undefined) {
        const owner = current === index ? 'this entry' : `entry [${current}]`;
        report(index, formerIndex, `"${former}" is the id of ${owner}; a former id must be one that no entry uses now`);
        return;
      }
      const claimant = claimedBy.get(former);
      if (claimant !== undefined) {
        report(
          index,
          formerIndex,
          claimant === index
            ? `"${former}" is listed twice`
            : `"${former}" is already a former id of entry [${claimant}]; an old id can point to one entry only`,
        );
        return;
      }
      claimedBy.set(former, index);
      result.renames.set(former, entry.id);
    });
  }
}
