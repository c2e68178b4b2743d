/** content/tracker-state.json as text: sorted by link, keys in one order, so a sync changes only what changed. */
import type { TrackerAnswer, TrackerState } from '../../schema/tracker-state.ts';

const byLink = (a: TrackerAnswer, b: TrackerAnswer) => (a.link < b.link ? -1 : a.link > b.link ? 1 : 0);

export function formatTrackerState(state: TrackerState): string {
  const items = [...state.items].sort(byLink).map((item) => ({
    link: item.link,
    tracker: item.tracker,
    state: item.state,
    ...(item.closedAt !== undefined && { closedAt: item.closedAt }),
    ...(item.resolution !== undefined && { resolution: item.resolution }),
    fetchedAt: item.fetchedAt,
  }));
  const ordered = { version: state.version, ...(state.jiraUrl !== undefined && { jiraUrl: state.jiraUrl }), items };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
