import { z } from 'astro/zod';
import { httpUrl, instant } from './fields.ts';

/**
 * content/tracker-state.json: what the trackers last said about the action
 * items that link to them, written by `npm run sync` and read by the check and
 * the build. Only answers a tracker gave are stored; a failed request leaves
 * the item's previous answer (with its older fetchedAt) or none.
 */
export const TRACKER_STATE_FILE = 'tracker-state.json';

export const TRACKERS = ['github', 'jira'] as const;

export const trackerAnswerSchema = z
  .strictObject({
    link: httpUrl.meta({ description: "The action item's link, exactly as written in the postmortem." }),
    tracker: z.enum(TRACKERS).meta({ description: 'Which tracker answered: github or jira.' }),
    state: z
      .enum(['open', 'closed'])
      .meta({ description: 'open, or closed (GitHub "closed", Jira status category "done").' }),
    closedAt: instant.optional().meta({
      description:
        'When the tracker closed it, ISO 8601 with offset: GitHub merged_at (pull requests) or closed_at, Jira resolutiondate. Only with state closed; absent when the tracker gave no date.',
    }),
    resolution: z.string().trim().min(1).optional().meta({
      description:
        'The state in the tracker\'s own words: GitHub state_reason (completed, not_planned), "merged" or "not merged" for pull requests, the Jira status name (e.g. In Progress, Done).',
    }),
    fetchedAt: instant.meta({ description: 'When `npm run sync` received this answer, UTC.' }),
  })
  .superRefine((answer, context) => {
    if (answer.closedAt !== undefined && answer.state !== 'closed') {
      context.addIssue({ code: 'custom', path: ['closedAt'], message: 'only goes with state closed' });
    }
  });

export const trackerStateSchema = z
  .strictObject({
    version: z.literal(1).meta({ description: 'The format of this file; 1.' }),
    jiraUrl: httpUrl.optional().meta({
      description:
        'The Jira site the links were matched against (HINDSIGHT_JIRA_URL when synced), so the check and the build know which links are Jira issues.',
    }),
    items: z.array(trackerAnswerSchema).meta({ description: 'One answer per linked ticket, sorted by link.' }),
  })
  .superRefine((state, context) => {
    const seen = new Map<string, number>();
    state.items.forEach((item, index) => {
      const first = seen.get(item.link);
      if (first !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['items', index, 'link'],
          message: `is already answered by items[${first}]; each link appears once`,
        });
      } else seen.set(item.link, index);
    });
  });

export type TrackerAnswer = z.infer<typeof trackerAnswerSchema>;
export type TrackerState = z.infer<typeof trackerStateSchema>;
export type TrackerName = (typeof TRACKERS)[number];
