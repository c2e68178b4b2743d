/**
 * content/tracker-state.json, validated: JSON, then the schema in
 * src/schema/tracker-state.ts. Each problem names the file and the field.
 */
import { trackerStateSchema, type TrackerState } from '../../schema/tracker-state.ts';
import { readTrackerLink } from '../tracker/links.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problem.ts';
import { schemaProblems } from './schema-problems.ts';
import type { SourceFile } from './sources.ts';
import { MAX_YAML_BYTES, parseYaml } from './yaml-document.ts';

export interface CheckedTrackerState {
  /** The state when the file is valid; undefined when it is missing or has errors. */
  state?: TrackerState;
  problems: Problem[];
}

/** Room for about 10,000 tickets. */
export const MAX_TRACKER_STATE_BYTES = 4 * 1024 * 1024;

export function checkTrackerStateFile(source: SourceFile | undefined): CheckedTrackerState {
  if (!source) return { problems: [] };
  const problems: Problem[] = [];
  const report = (field: string, message: string, line?: number) =>
    problems.push({ file: source.path, field, message, severity: 'error', line });
  // Sync writes a few hundred bytes per ticket; anything far larger is not its work.
  if (source.text.length > MAX_TRACKER_STATE_BYTES) {
    report(
      'file',
      `is ${source.text.length} bytes, more than the ${MAX_TRACKER_STATE_BYTES} a tracker state file may hold; run npm run sync to write it again`,
      1,
    );
    return { problems };
  }
  let value: unknown;
  try {
    value = JSON.parse(source.text);
  } catch (error) {
    report('file', `is not valid JSON (${(error as Error).message}); run npm run sync to write it again`, 1);
    return { problems };
  }
  const parsed = trackerStateSchema.safeParse(value);
  // JSON is YAML: its parser places a field on a line (within the size it accepts).
  const lineOf = (path: FieldPath) =>
    source.text.length <= MAX_YAML_BYTES ? parseYaml(source.text).lineOf(path) : undefined;
  if (parsed.success) {
    // The file is content anyone can edit: an answer must at least fit its own link.
    parsed.data.items.forEach((item, index) => {
      const reading = readTrackerLink(item.link, parsed.data.jiraUrl);
      const tracker = reading?.syncable ? reading.ticket.tracker : undefined;
      if (tracker !== item.tracker) {
        const path = ['items', index, 'tracker'];
        const expected = tracker ? `"${tracker}"` : 'no tracker (the link is not a GitHub or Jira ticket)';
        report(formatFieldPath(path), `is "${item.tracker}", but its link points to ${expected}`, lineOf(path));
      }
      if (item.closedAt !== undefined && Date.parse(item.closedAt) > Date.parse(item.fetchedAt)) {
        const path = ['items', index, 'closedAt'];
        report(
          formatFieldPath(path),
          `is later than fetchedAt (${item.fetchedAt}); a tracker cannot answer ahead of time`,
          lineOf(path),
        );
      }
    });
    return problems.length > 0 ? { problems } : { state: parsed.data, problems };
  }
  for (const problem of schemaProblems(trackerStateSchema, value, parsed.error.issues)) {
    report(
      problem.path.length === 0 ? 'file' : formatFieldPath(problem.path),
      problem.message.replace('postmortem format', 'tracker state format'),
      lineOf(problem.path),
    );
  }
  return { problems };
}
