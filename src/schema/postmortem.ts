import { z } from 'astro/zod';
import { calendarDate, httpUrl, instant, KEBAB_ID, kebabId, timeZone } from './fields.ts';
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
  /** When it happened: ISO 8601 with its UTC offset, e.g. 2025-07-12T01:59:00-07:00. */
  at: instant,
  /** What sort of moment: started, detected, escalated, action, misleading, mitigated, resolved or note. */
  kind: z.enum(EVENT_KINDS),
  /** One sentence on what happened, naming systems rather than blaming people. */
  text: z.string().trim().min(1, 'must not be empty'),
});

export const actionItemSchema = z.strictObject({
  /** The change to make, in the imperative: "Alert 30 days before any certificate expires". */
  title: z.string().trim().min(1, 'must not be empty'),
  /** The person or team who will see it through. */
  owner: z.string().trim().min(1, 'must not be empty'),
  /** The date it should be done by, YYYY-MM-DD. */
  due: calendarDate,
  /** Where it stands: open, in-progress, done or wont-do. */
  status: z.enum(ACTION_STATUSES),
  /** What it improves: prevent, detect, mitigate or process. */
  type: z.enum(ACTION_TYPES),
  /** The ticket that tracks it (http or https). */
  link: httpUrl.optional(),
});

export const impactSchema = z.strictObject({
  /** What users experienced, in their terms, with numbers. */
  description: z.string().trim().min(1, 'must not be empty'),
  /** Share of users affected, from 0 to 100. */
  usersAffectedPercent: z.number().min(0).max(100),
  /** How many customers were affected, when known. */
  customersAffected: z.number().int().min(0).optional(),
  /** Money lost, when known: an amount and an ISO 4217 currency code. */
  revenueLoss: z
    .strictObject({
      /** The amount lost, in the currency's units. */
      amount: z.number().min(0),
      /** ISO 4217 currency code, e.g. USD or EUR. */
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code such as USD or EUR'),
    })
    .optional(),
});

export const rootCauseSchema = z.strictObject({
  /** The root-cause category id from content/root-causes.yaml; recurrence is counted by it. */
  category: kebabId,
  /** The real cause in one paragraph: what was wrong, not who touched it last. */
  description: z.string().trim().min(1, 'must not be empty'),
  /** The five whys, in order, each answering the one before. */
  whys: z.array(z.string().trim().min(1, 'must not be empty')).max(7).optional(),
});

export const postmortemSchema = z
  .strictObject({
    /** The headline: what broke, for whom. */
    title: z.string().trim().min(1, 'must not be empty').max(120),
    /** What broke, who was hit and why, in words an executive reads in thirty seconds. */
    summary: z.string().trim().min(1, 'must not be empty').max(600),
    /** SEV1 (worst) to SEV4. */
    severity: z.enum(SEVERITIES),
    /** draft, review or published; only published postmortems are in a production build. */
    status: z.enum(STATUSES),
    /** internal (default) or public; a public build holds only public postmortems. */
    visibility: z.enum(VISIBILITIES).default('internal'),
    /** The IANA zone the page shows times in, e.g. America/Los_Angeles. */
    timezone: timeZone,
    /** What happened and when, in time order. */
    timeline: z
      .array(timelineEventSchema)
      .min(1)
      .superRefine((timeline, context) => {
        for (const problem of timelineOrderProblems(timeline)) {
          context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
        }
      }),
    /** How the incident was first noticed: monitoring, customer, employee, automated-test or third-party. */
    detectedBy: z.enum(DETECTION_METHODS),
    /** What users experienced and how many of them. */
    impact: impactSchema,
    /** Service ids from content/services.yaml that were affected; a draft may leave it empty. */
    services: z.array(kebabId),
    /** Team ids from content/teams.yaml that owned or worked the incident. */
    teams: z.array(kebabId).optional(),
    /** The deep cause, its category and the whys that lead to it. */
    rootCause: rootCauseSchema,
    /** The proximate event that set it off, as distinct from the root cause. */
    trigger: z.string().trim().min(1, 'must not be empty').optional(),
    /** Root-cause category ids of secondary causes. */
    contributingFactors: z.array(kebabId).optional(),
    /** Specific, owned, dated changes that keep it from happening again. */
    actionItems: z.array(actionItemSchema),
    /** What we learned, one sentence each; aim for three. */
    learnings: z.array(z.string().trim().min(1, 'must not be empty')),
    /** Where we got lucky: what kept it from being worse. */
    lucky: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
    /** Who wrote this postmortem. */
    authors: z.array(z.string().trim().min(1, 'must not be empty')).min(1),
    /** Who worked the incident. */
    responders: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
    /** Ids of earlier or later postmortems that belong with this one. */
    related: z.array(z.string().regex(KEBAB_ID, 'must be a postmortem id (its file name without .mdx)')).optional(),
    /** Free tags in lowercase-kebab form, e.g. postgres, feature-flags. */
    tags: z.array(z.string().regex(KEBAB_ID, 'must be lowercase-kebab, e.g. "feature-flags"')).optional(),
    /** Former ids of this postmortem; their URLs redirect here. */
    aliases: z.array(z.string().regex(KEBAB_ID, 'must be a former id (lowercase-kebab)')).optional(),
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
