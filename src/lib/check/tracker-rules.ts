/**
 * Warnings where an action item and its tracker disagree, as last synced into
 * content/tracker-state.json: "tracker says closed on 12 Mar 2026; postmortem
 * says open". Advice, like the other warnings: the postmortem or the ticket
 * may be the one that is wrong.
 */
import type { TrackerState } from '../../schema/tracker-state.ts';
import { formatCalendarDate } from '../time/format.ts';
import {
  answersByLink,
  disagreementText,
  syncedOn,
  trackerDisagreement,
  type TrackerDisagreement,
} from '../tracker/disagreements.ts';
import { lineOfField, type CheckedPostmortem } from './postmortem-file.ts';
import type { Problem } from './problem.ts';

/** What to do about each kind, after the disagreement itself. */
const ADVICE: Record<TrackerDisagreement['kind'], string> = {
  'tracker-open': 'reopen the action item, or close the ticket',
  'tracker-closed': 'update status (and closed), or reopen the ticket',
  'closed-date': 'correct closed, or say in the postmortem why the dates differ',
  'not-syncable': 'link the issue or pull request itself',
  unsynced: 'run npm run sync (a ticket the tracker cannot find stays unsynced)',
};

/** The field each kind is about, for the line and the annotation. */
const FIELD: Record<TrackerDisagreement['kind'], string> = {
  'tracker-open': 'status',
  'tracker-closed': 'status',
  'closed-date': 'closed',
  'not-syncable': 'link',
  unsynced: 'link',
};

export function trackerWarnings(
  postmortems: readonly CheckedPostmortem[],
  state: TrackerState | undefined,
  stateFile: string,
): Problem[] {
  if (!state) return [];
  const answers = answersByLink(state);
  return postmortems.flatMap((postmortem) =>
    (postmortem.data?.actionItems ?? []).flatMap((item, index): Problem[] => {
      const disagreement = trackerDisagreement(item, state, answers);
      if (!disagreement) return [];
      const field = FIELD[disagreement.kind];
      const synced = syncedOn(disagreement);
      const asOf = synced ? ` (${stateFile}, synced ${formatCalendarDate(synced)})` : '';
      return [
        {
          file: postmortem.file,
          field: `actionItems[${index}].${field}`,
          message: `"${item.title}" (${disagreement.link}): ${disagreementText(disagreement)}${asOf}; ${ADVICE[disagreement.kind]}`,
          severity: 'warning',
          rule: 'tracker',
          line:
            lineOfField(postmortem, ['actionItems', index, field]) ?? lineOfField(postmortem, ['actionItems', index]),
        },
      ];
    }),
  );
}
