/**
 * content/tracker-state.json, validated: JSON, then the schema in
 * src/schema/tracker-state.ts. Each problem names the file and the field.
 */
import { trackerStateSchema, type TrackerState } from '../../schema/tracker-state.ts';
import { formatFieldPath, type Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import type { SourceFile } from './sources.ts';
import { MAX_YAML_BYTES, parseYaml } from './yaml-document.ts';

export interface CheckedTrackerState {
  /** The state when the file is valid; undefined when it is missing or has errors. */
  state?: TrackerState;
  problems: Problem[];
}

export function checkTrackerStateFile(source: SourceFile | undefined): CheckedTrackerState {
  if (!source) return { problems: [] };
  const problems: Problem[] = [];
  const report = (field: string, message: string, line?: number) =>
    problems.push({ file: source.path, field, message, severity: 'error', line });
  let value: unknown;
  try {
    value = JSON.parse(source.text);
  } catch (error) {
    report('file', `is not valid JSON (${(error as Error).message}); run npm run sync to write it again`, 1);
    return { problems };
  }
  const parsed = trackerStateSchema.safeParse(value);
  if (parsed.success) return { state: parsed.data, problems };
  // JSON is YAML: its parser places a field on a line (within the size it accepts).
  const lineOf = source.text.length <= MAX_YAML_BYTES ? parseYaml(source.text).lineOf : () => undefined;
  for (const problem of schemaProblems(trackerStateSchema, value, parsed.error.issues)) {
    report(
      problem.path.length === 0 ? 'file' : formatFieldPath(problem.path),
      problem.message.replace('postmortem format', 'tracker state format'),
      lineOf(problem.path),
    );
  }
  return { problems };
}
