/**
 * Warnings: advice that does not fail `npm run check` unless --strict is
 * given. Drafts are unfinished by definition, so only the overdue rule
 * applies to them.
 */
import { BODY_WORDS, RECOMMENDED_LEARNINGS, REPEAT_STOPPING_TYPES } from '../../schema/rules.ts';
import { isMajor } from '../../schema/vocabulary.ts';
import { isUnfinished } from '../action-items.ts';
import { plural } from '../words.ts';
import { firstContentLine } from './body-rules.ts';
import { guidanceCommentLines, proseWordCount } from './body-text.ts';
import type { ParsedPostmortem } from './parsed-postmortem.ts';
import type { Problem } from './problem.ts';
import { GUIDANCE_MARKER } from './template-markers.ts';

/** The warnings' rules, each with what a summary counts: one finding, several. */
export const WARNING_RULES = {
  overdue: ['overdue action item', 'overdue action items'],
  'body-length': [
    `body outside ${BODY_WORDS.min}-${BODY_WORDS.max} words`,
    `bodies outside ${BODY_WORDS.min}-${BODY_WORDS.max} words`,
  ],
  'template-guidance': ['template guidance comment left in', 'template guidance comments left in'],
  'few-learnings': [
    `postmortem with fewer than ${RECOMMENDED_LEARNINGS} learnings`,
    `postmortems with fewer than ${RECOMMENDED_LEARNINGS} learnings`,
  ],
  'repeat-stopping-action': [
    'major incident without a detect or prevent action item',
    'major incidents without a detect or prevent action item',
  ],
  // Reported by the cross-file rules: a taxonomy id that was renamed.
  'former-id': ['former id still in use', 'former ids still in use'],
  // Reported by the tracker rules, once `npm run sync` has run.
  tracker: ['action item its tracker disagrees with', 'action items their trackers disagree with'],
} as const satisfies Record<string, readonly [string, string]>;

export type WarningRule = keyof typeof WARNING_RULES;

export interface WarningOptions {
  /** YYYY-MM-DD that "overdue" is judged against; without it the overdue rule is skipped. */
  today?: string;
}

/** The warnings of one postmortem that passed the schema (a failing one gets its errors first). */
export function warningProblems(postmortem: ParsedPostmortem, { today }: WarningOptions = {}): Problem[] {
  const { data, parsed } = postmortem;
  if (!data || !parsed) return [];
  const problems: Problem[] = [];
  const warn = (rule: WarningRule, field: string, message: string, line?: number) =>
    problems.push({ file: postmortem.file, field, message, severity: 'warning', line, rule });

  if (today) {
    data.actionItems.forEach((item, index) => {
      if (isUnfinished(item) && item.due < today) {
        warn(
          'overdue',
          `actionItems[${index}].due`,
          `"${item.title}" was due ${item.due} and is still ${item.status === 'open' ? 'open' : 'in progress'} (as of ${today}); finish it, agree a new date, or set status: wont-do and say why`,
          postmortem.lineOf(['actionItems', index, 'due']),
        );
      }
    });
  }

  if (data.status === 'draft') return problems;

  if (parsed.bodyTree) {
    const words = proseWordCount(parsed.bodyTree);
    if (words < BODY_WORDS.min || words > BODY_WORDS.max) {
      warn(
        'body-length',
        'body',
        `has ${plural(words, 'word')} of prose; aim for ${BODY_WORDS.min}-${BODY_WORDS.max}: ${
          words < BODY_WORDS.min
            ? 'explain what was really wrong, how it was fixed and what should change, so a reader who was not there understands'
            : 'keep to what a reader needs, and leave the timeline, impact and action items to the front matter'
        }`,
        firstContentLine(parsed.bodyTree) ?? parsed.split.bodyLine,
      );
    }
    for (const line of guidanceCommentLines(parsed.bodyTree)) {
      warn(
        'template-guidance',
        'body',
        `still contains template guidance (a {/* ${GUIDANCE_MARKER} … */} comment); delete it once its section is written`,
        line,
      );
    }
  }

  if (data.learnings.length < RECOMMENDED_LEARNINGS) {
    warn(
      'few-learnings',
      'learnings',
      `has ${plural(data.learnings.length, 'learning')}; aim for at least ${RECOMMENDED_LEARNINGS}: what would you tell the next on-call, or a team building something similar?`,
      postmortem.lineOf(['learnings']),
    );
  }

  if (isMajor(data.severity)) {
    const types = data.actionItems.map((item) => item.type);
    if (!types.some((type) => (REPEAT_STOPPING_TYPES as readonly string[]).includes(type))) {
      warn(
        'repeat-stopping-action',
        'actionItems',
        `a ${data.severity} needs at least one action item of type ${REPEAT_STOPPING_TYPES.join(' or ')}, so the same failure is caught sooner or cannot happen again; ${
          types.length ? `the types here are: ${[...new Set(types)].join(', ')}` : 'there are none yet'
        }`,
        postmortem.lineOf(['actionItems']),
      );
    }
  }
  return problems;
}
