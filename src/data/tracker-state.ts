/**
 * content/tracker-state.json as the build reads it (written by `npm run
 * sync`), and each action item's disagreement with its tracker. The build
 * gate has already refused a malformed file, so here it is read, not judged.
 */
import { join, resolve } from 'node:path';
import config from 'virtual:hindsight/config';
import { checkTrackerStateFile } from '../lib/check/tracker-state-file.ts';
import { readContentFile, somethingAt } from '../lib/content-file.ts';
import { answersByLink, trackerDisagreement, type TrackerDisagreement } from '../lib/tracker/disagreements.ts';
import { trackerMarkOf } from '../lib/tracker/mark.ts';
import type { TrackerMark } from '../lib/tracker/mark-markup.ts';
import type { ActionItem } from '../schema/postmortem.ts';
import { TRACKER_STATE_FILE, type TrackerState } from '../schema/tracker-state.ts';

interface LoadedState {
  state?: TrackerState;
  answers: ReturnType<typeof answersByLink>;
}

function readState(): LoadedState {
  const path = resolve(process.cwd(), join(config.contentDir, TRACKER_STATE_FILE));
  const read = somethingAt(path) ? readContentFile(path) : undefined;
  const state = read?.ok ? checkTrackerStateFile({ path, text: read.text }).state : undefined;
  return { state, answers: answersByLink(state) };
}

let cached: LoadedState | undefined;
// In dev, a sync between two requests shows on the next one.
const loaded = () => (config.isDev ? readState() : (cached ??= readState()));

/** How an action item disagrees with its tracker as last synced, or undefined. */
function trackerDisagreementOf(item: Pick<ActionItem, 'status' | 'closed' | 'link'>): TrackerDisagreement | undefined {
  const { state, answers } = loaded();
  return trackerDisagreement(item, state, answers);
}

/** The mark readers see on the item, or undefined. */
export function trackerMarkOfItem(item: Pick<ActionItem, 'status' | 'closed' | 'link'>): TrackerMark | undefined {
  return trackerMarkOf(trackerDisagreementOf(item));
}
