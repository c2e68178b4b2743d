import { z } from 'astro/zod';
import { calendarDate, httpUrl, instant, KEBAB_ID, kebabId, timeZone } from './fields.ts';
import { SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH, WHYS_MAX } from './rules.ts';
import { timelineOrderProblems } from './timeline-rules.ts';

import {
  ACTION_STATUSES,
  ACTION_TYPES,
  DETECTION_METHODS,
  EMPTY_WHILE_DRAFT,
  EVENT_KINDS,
  SEVERITIES,
  STATUSES,
  VISIBILITIES,
} from './vocabulary.ts';

export * from './vocabulary.ts';

export const timelineEventSchema = z.strictObject({
  at: instant.meta({ description: 'When it happened: ISO 8601 with its UTC offset, e.g. 2025-07-12T01:59:00-07:00.' }),
  kind: z.enum(EVENT_KINDS).meta({
    description: 'What sort of moment: started, detected, escalated, action, misleading, mitigated, resolved or note.',
  }),
  text: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .meta({ description: 'One sentence on what happened, naming systems rather than blaming people.' }),
});

export const actionItemSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .meta({ description: 'The change to make, in the imperative: "Alert 30 days before any certificate expires".' }),
  owner: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .meta({ description: 'The person or team who will see it through.' }),
  due: calendarDate.meta({ description: 'The date it should be done by, YYYY-MM-DD.' }),
  status: z.enum(ACTION_STATUSES).meta({ description: 'Where it stands: open, in-progress, done or wont-do.' }),
  type: z.enum(ACTION_TYPES).meta({ description: 'What it improves: prevent, detect, mitigate or process.' }),
  link: httpUrl.optional().meta({ description: 'The ticket that tracks it (http or https).' }),
});

export const impactSchema = z.strictObject({
  description: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .meta({ description: 'What users experienced, in their terms, with numbers.' }),
  usersAffectedPercent: z.number().min(0).max(100).meta({ description: 'Share of users affected, from 0 to 100.' }),
  customersAffected: z
    .number()
    .int()
    .min(0)
    .optional()
    .meta({ description: 'How many customers were affected, when known.' }),
  revenueLoss: z
    .strictObject({
      amount: z.number().min(0).meta({ description: "The amount lost, in the currency's units." }),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD or EUR')
        .meta({ description: 'ISO 4217 currency code, e.g. USD or EUR.' }),
    })
    .optional()
    .meta({ description: 'Money lost, when known: an amount and an ISO 4217 currency code.' }),
});

export const rootCauseSchema = z.strictObject({
  category: kebabId.meta({
    description: 'The root-cause category id from content/root-causes.yaml; recurrence is counted by it.',
  }),
  description: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .meta({ description: 'The real cause in one paragraph: what was wrong, not who touched it last.' }),
  whys: z
    .array(z.string().trim().min(1, 'must not be empty'))
    .max(WHYS_MAX)
    .optional()
    .meta({ description: 'The five whys, in order, each answering the one before.' }),
});

export const postmortemSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(TITLE_MAX_LENGTH)
      .meta({ description: 'The headline: what broke, for whom.' }),
    summary: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(SUMMARY_MAX_LENGTH)
      .meta({ description: 'What broke, who was hit and why, in words an executive reads in thirty seconds.' }),
    severity: z.enum(SEVERITIES).meta({ description: 'SEV1 (worst) to SEV4.' }),
    status: z
      .enum(STATUSES)
      .meta({ description: 'draft, review or published; only published postmortems are in a production build.' }),
    visibility: z
      .enum(VISIBILITIES)
      .default('internal')
      .meta({ description: 'internal (default) or public; a public build holds only public postmortems.' }),
    timezone: timeZone.meta({ description: 'The IANA zone the page shows times in, e.g. America/Los_Angeles.' }),
    timeline: z
      .array(timelineEventSchema)
      .min(1)
      .superRefine((timeline, context) => {
        for (const problem of timelineOrderProblems(timeline)) {
          context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
        }
      })
      .meta({ description: 'What happened and when, in time order.' }),
    detectedBy: z.enum(DETECTION_METHODS).meta({
      description: 'How the incident was first noticed: monitoring, customer, employee, automated-test or third-party.',
    }),
    impact: impactSchema.meta({ description: 'What users experienced and how many of them.' }),
    services: z
      .array(kebabId)
      .meta({ description: 'Service ids from content/services.yaml that were affected; a draft may leave it empty.' }),
    teams: z
      .array(kebabId)
      .optional()
      .meta({ description: 'Team ids from content/teams.yaml that owned or worked the incident.' }),
    rootCause: rootCauseSchema.meta({ description: 'The deep cause, its category and the whys that lead to it.' }),
    trigger: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .optional()
      .meta({ description: 'The proximate event that set it off, as distinct from the root cause.' }),
    contributingFactors: z
      .array(kebabId)
      .optional()
      .meta({ description: 'Root-cause category ids of secondary causes.' }),
    actionItems: z
      .array(actionItemSchema)
      .meta({ description: 'Specific, owned, dated changes that keep it from happening again.' }),
    learnings: z
      .array(z.string().trim().min(1, 'must not be empty'))
      .meta({ description: 'What we learned, one sentence each; aim for three.' }),
    lucky: z
      .array(z.string().trim().min(1, 'must not be empty'))
      .optional()
      .meta({ description: 'Where we got lucky: what kept it from being worse.' }),
    authors: z
      .array(z.string().trim().min(1, 'must not be empty'))
      .min(1)
      .meta({ description: 'Who wrote this postmortem.' }),
    responders: z
      .array(z.string().trim().min(1, 'must not be empty'))
      .optional()
      .meta({ description: 'Who worked the incident.' }),
    related: z
      .array(z.string().regex(KEBAB_ID, 'must be a postmortem id (its file name without .mdx)'))
      .optional()
      .meta({ description: 'Ids of earlier or later postmortems that belong with this one.' }),
    tags: z
      .array(z.string().regex(KEBAB_ID, 'must be lowercase-kebab, e.g. "feature-flags"'))
      .optional()
      .meta({ description: 'Free tags in lowercase-kebab form, e.g. postgres, feature-flags.' }),
    aliases: z
      .array(z.string().regex(KEBAB_ID, 'must be a former id (lowercase-kebab)'))
      .optional()
      .meta({ description: 'Former ids of this postmortem; their URLs redirect here.' }),
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
  );

export type Postmortem = z.infer<typeof postmortemSchema>;
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type ActionItem = z.infer<typeof actionItemSchema>;
