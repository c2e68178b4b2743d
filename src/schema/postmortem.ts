import { z } from 'astro/zod';
import { calendarDate, httpUrl, instant, KEBAB_ID, kebabId, timeZone } from './fields.ts';
import { SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH, WHYS_MAX } from './rules.ts';
import { timelineOrderProblems } from './timeline-rules.ts';
import { calendarDateIn } from '../lib/time/format.ts';
import { isRealInstantText } from '../lib/time/validity.ts';
import { isValidTimeZone } from '../lib/time/zones.ts';

import {
  ACTION_STATUSES,
  ACTION_TYPES,
  DETECTION_METHODS,
  EMPTY_WHILE_DRAFT,
  EVENT_KINDS,
  FINISHED_STATUSES,
  SEVERITIES,
  STATUSES,
  VISIBILITIES,
} from './vocabulary.ts';

// Each field's metadata holds its description and an example. The examples come
// from one incident, so together they read as one postmortem; the guide shows
// them and the editor schemas in docs/schemas/ offer them.

export const timelineEventSchema = z.strictObject({
  at: instant.meta({
    description: 'When it happened: ISO 8601 with its UTC offset, e.g. 2025-07-12T01:59:00-07:00.',
    examples: ['2025-01-14T11:57:00-08:00'],
  }),
  kind: z.enum(EVENT_KINDS).meta({
    description: 'What sort of moment: started, detected, escalated, action, misleading, mitigated, resolved or note.',
    examples: ['misleading'],
  }),
  text: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .meta({
      description: 'One sentence on what happened, naming systems rather than blaming people.',
      examples: ['Responders checked the card processor first; its success rate was normal.'],
    }),
});

export const actionItemSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .meta({
        description: 'The change to make, in the imperative: "Alert 30 days before any certificate expires".',
        examples: ['Alert on checkout pool saturation'],
      }),
    owner: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .meta({ description: 'The person or team who will see it through.', examples: ['payments'] }),
    due: calendarDate.meta({ description: 'The date it should be done by, YYYY-MM-DD.', examples: ['2025-02-14'] }),
    status: z
      .enum(ACTION_STATUSES)
      .meta({ description: 'Where it stands: open, in-progress, done or wont-do.', examples: ['done'] }),
    type: z
      .enum(ACTION_TYPES)
      .meta({ description: 'What it improves: prevent, detect, mitigate or process.', examples: ['detect'] }),
    link: httpUrl.optional().meta({
      description: 'The ticket that tracks it (http or https).',
      examples: ['https://tracker.example.com/OPS-1203'],
    }),
    closed: calendarDate.optional().meta({
      description:
        'The date it was done or dropped, YYYY-MM-DD; only with status done or wont-do. Time to close is counted from the incident to this date.',
      examples: ['2025-02-10'],
    }),
  })
  .superRefine((item, context) => {
    if (item.closed !== undefined && !FINISHED_STATUSES.includes(item.status as (typeof FINISHED_STATUSES)[number])) {
      context.addIssue({
        code: 'custom',
        path: ['closed'],
        message: `only goes with status ${FINISHED_STATUSES.join(' or ')} (status is ${item.status}); remove it or change the status`,
      });
    }
  });

export const impactSchema = z.strictObject({
  description: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .meta({
      description: 'What users experienced, in their terms, with numbers.',
      examples: ['One in three checkout attempts ended on an error page after a 3-second wait; baskets were kept.'],
    }),
  usersAffectedPercent: z
    .number()
    .min(0)
    .max(100)
    .meta({ description: 'Share of users affected, from 0 to 100.', examples: [31] }),
  customersAffected: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'How many customers were affected, when known.', examples: [4900] }),
  revenueLoss: z
    .strictObject({
      amount: z
        .number()
        .min(0)
        .meta({ description: "The amount lost, in the currency's units.", examples: [61000] }),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD or EUR')
        .meta({ description: 'ISO 4217 currency code, e.g. USD or EUR.', examples: ['USD'] }),
    })
    .optional()
    .meta({ description: 'Money lost, when known: an amount and an ISO 4217 currency code.' }),
});

export const rootCauseSchema = z.strictObject({
  category: kebabId.meta({
    description: 'The root-cause category id from content/root-causes.yaml; recurrence is counted by it.',
    examples: ['config-change'],
  }),
  description: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .meta({
      description: 'The real cause in one paragraph: what was wrong, not who touched it last.',
      examples: [
        'Pool sizes could change tenfold with no bounds check, reached every pod at once, and failed as an HTTP 200 error page that no alert counted.',
      ],
    }),
  whys: z
    .array(z.string().trim().min(1, 'must not be empty'))
    .max(WHYS_MAX)
    .optional()
    .meta({
      description: 'The five whys, in order, each answering the one before.',
      examples: [
        [
          'Why did checkouts fail? Requests waited longer than 3 seconds for one of only 5 connections.',
          'Why only 5? The value was entered as 5 instead of 50 when the settings moved to a new file.',
          'Why did review miss it? The diff showed a new file, not a value dropping tenfold, and nothing checked the range.',
          'Why did it hit everyone at once? Config changes reach every pod in one step, with no canary.',
          'Why 52 minutes to notice? Timeouts showed an error page with status 200, and the only alert watched 5xx.',
        ],
      ],
    }),
});

export const postmortemSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(TITLE_MAX_LENGTH)
      .meta({
        description: 'The headline: what broke, for whom.',
        examples: ['Checkout failed for 1 in 3 customers after a connection-pool change'],
      }),
    summary: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(SUMMARY_MAX_LENGTH)
      .meta({
        description: 'What broke, who was hit and why, in words an executive reads in thirty seconds.',
        examples: [
          'For 90 minutes on 14 January a third of checkouts failed, because a configuration change cut the checkout database pool from 50 connections to 5. About 4,900 customers could not place an order. Customers told us before our alerts did.',
        ],
      }),
    severity: z.enum(SEVERITIES).meta({ description: 'SEV1 (worst) to SEV4.', examples: ['SEV2'] }),
    status: z.enum(STATUSES).meta({
      description: 'draft, review or published; only published postmortems are in a production build.',
      examples: ['published'],
    }),
    visibility: z
      .enum(VISIBILITIES)
      .default('internal')
      .meta({
        description: 'internal (default) or public; a public build holds only public postmortems.',
        examples: ['internal'],
      }),
    timezone: timeZone.meta({
      description: 'The IANA zone the page shows times in, e.g. America/Los_Angeles.',
      examples: ['America/Los_Angeles'],
    }),
    timeline: z
      .array(timelineEventSchema)
      .min(1)
      .superRefine((timeline, context) => {
        for (const problem of timelineOrderProblems(timeline)) {
          context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
        }
      })
      .meta({
        description: 'What happened and when, in time order.',
        examples: [
          [
            {
              at: '2025-01-14T11:05:00-08:00',
              kind: 'started',
              text: 'Config change 4411 rolled out to all checkout pods.',
            },
            {
              at: '2025-01-14T11:57:00-08:00',
              kind: 'detected',
              text: 'Support escalated 23 tickets about failed checkouts.',
            },
            {
              at: '2025-01-14T12:08:00-08:00',
              kind: 'misleading',
              text: 'Responders checked the card processor first; its success rate was normal.',
            },
            {
              at: '2025-01-14T12:35:00-08:00',
              kind: 'mitigated',
              text: 'Change 4411 was reverted and checkouts recovered.',
            },
          ],
        ],
      }),
    detectedBy: z.enum(DETECTION_METHODS).meta({
      description: 'How the incident was first noticed: monitoring, customer, employee, automated-test or third-party.',
      examples: ['customer'],
    }),
    impact: impactSchema.meta({ description: 'What users experienced and how many of them.' }),
    services: z.array(kebabId).meta({
      description: 'Service ids from content/services.yaml that were affected; a draft may leave it empty.',
      examples: [['checkout', 'payments']],
    }),
    teams: z
      .array(kebabId)
      .optional()
      .meta({
        description: 'Team ids from content/teams.yaml that owned or worked the incident.',
        examples: [['payments']],
      }),
    rootCause: rootCauseSchema.meta({ description: 'The deep cause, its category and the whys that lead to it.' }),
    trigger: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .optional()
      .meta({
        description: 'The proximate event that set it off, as distinct from the root cause.',
        examples: ['Config change 4411 set maximumPoolSize to 5 instead of 50.'],
      }),
    contributingFactors: z
      .array(kebabId)
      .optional()
      .meta({ description: 'Root-cause category ids of secondary causes.', examples: [['missing-alert']] }),
    actionItems: z
      .array(actionItemSchema)
      .meta({ description: 'Specific, owned, dated changes that keep it from happening again.' }),
    learnings: z.array(z.string().trim().min(1, 'must not be empty')).meta({
      description: 'What we learned, one sentence each; aim for three.',
      examples: [
        [
          'A failure the service reports as success is invisible to every alert built on status codes.',
          'Moving a config file changes every value in it and needs the same review as editing them.',
          'Saturation metrics show trouble minutes before customers do, if someone alerts on them.',
        ],
      ],
    }),
    lucky: z
      .array(z.string().trim().min(1, 'must not be empty'))
      .optional()
      .meta({
        description: 'Where we got lucky: what kept it from being worse.',
        examples: [['It happened at 11:05 on a Tuesday, well before the evening order peak.']],
      }),
    authors: z
      .array(z.string().trim().min(1, 'must not be empty'))
      .min(1)
      .meta({ description: 'Who wrote this postmortem.', examples: [['marcus']] }),
    responders: z
      .array(z.string().trim().min(1, 'must not be empty'))
      .optional()
      .meta({ description: 'Who worked the incident.', examples: [['marcus', 'aisha', 'priya']] }),
    related: z
      .array(z.string().regex(KEBAB_ID, 'must be a postmortem id (its file name without .mdx)'))
      .optional()
      .meta({
        description: 'Ids of earlier or later postmortems that belong with this one.',
        examples: [['2024-11-02-checkout-pool-timeouts']],
      }),
    tags: z
      .array(z.string().regex(KEBAB_ID, 'must be lowercase-kebab, e.g. "feature-flags"'))
      .optional()
      .meta({
        description: 'Free tags in lowercase-kebab form, e.g. postgres, feature-flags.',
        examples: [['connection-pool', 'postgres']],
      }),
    aliases: z
      .array(z.string().regex(KEBAB_ID, 'must be a former id (lowercase-kebab)'))
      .optional()
      .meta({
        description: 'Former ids of this postmortem; their URLs redirect here.',
        examples: [['2025-01-14-checkout-outage']],
      }),
  })
  .superRefine(
    (postmortem, context) => {
      if (postmortem.status === 'draft') return;
      for (const field of EMPTY_WHILE_DRAFT) {
        if (Array.isArray(postmortem[field]) && postmortem[field].length === 0) {
          context.addIssue({
            code: 'custom',
            path: [field],
            message: `needs at least one entry unless status is draft (status is ${postmortem.status})`,
          });
        }
      }
    },
    // Run even when other fields failed, so one run reports every error.
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  )
  .superRefine((postmortem, context) => {
    // Time to close is counted from the incident date: a closed date before it would make it negative.
    // Other fields' problems do not stop this rule from running: check what it reads.
    const started = postmortem.timeline.find((event) => event.kind === 'started');
    if (!started || !isValidTimeZone(postmortem.timezone) || !isRealInstantText(started.at)) return;
    const incidentDate = calendarDateIn(new Date(started.at), postmortem.timezone);
    postmortem.actionItems.forEach((item, index) => {
      if (item.closed !== undefined && item.closed < incidentDate) {
        context.addIssue({
          code: 'custom',
          path: ['actionItems', index, 'closed'],
          message: `is before the incident started (${incidentDate} in ${postmortem.timezone}); use the date the item was done or dropped`,
        });
      }
    });
  });

export type Postmortem = z.infer<typeof postmortemSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
