/**
 * The `npm run new` template: a draft that passes the check as it stands,
 * whose every unknown is a `TODO:` the check refuses once the postmortem
 * leaves draft, and whose body guidance sits in MDX comments that never render.
 */
import { GUIDANCE_MARKER, PLACEHOLDER_MARKER } from '../check/template-markers.ts';
import {
  BODY_WORDS,
  CORRECTIVE_SECTION,
  RECOMMENDED_LEARNINGS,
  REPEAT_STOPPING_TYPES,
  ROOT_CAUSE_SECTION,
  SEVERE,
} from '../../schema/rules.ts';
import { ACTION_TYPES, DETECTION_METHODS } from '../../schema/vocabulary.ts';
import { orList } from '../words.ts';
import { calendarDateIn } from '../time/format.ts';
import type { NewPostmortemAnswers, Taxonomies } from './answers.ts';
import { renderDraft, type Draft, type FieldDocs } from './render.ts';
import { postmortemId, slugify } from './slug.ts';

const todo = (text: string) => `${PLACEHOLDER_MARKER} ${text}`;

/** A guidance comment: never rendered, and reported by the check if left in a finished postmortem. */
export function guidance(lines: readonly string[]): string {
  // No braces or comment ends inside, so the MDX expression always parses.
  const text = lines.map((line) => line.replace(/[{}]/g, '').replace(/\*\//g, '* /'));
  return `{/* ${GUIDANCE_MARKER} ${text.map((line, index) => (index === 0 || !line ? line : `   ${line}`)).join('\n')} */}`;
}

/** What belongs in the root-cause section. */
export const ROOT_CAUSE_GUIDANCE = guidance([
  'what was really wrong, and exactly how it was fixed.',
  '',
  'The trigger, the change or event that set it off, is not the root cause. Ask why it',
  'could do harm, then why again, about five times, until the answer is something a change',
  'can fix: a missing check, an unsafe default, an alert nobody had. Put those whys in',
  'rootCause.whys in the front matter and tell the story here.',
  '',
  'Then how it was mitigated and resolved: what responders did, with which command or change,',
  'and what is still open. Include the leads that turned out wrong and why they looked',
  'right at the time: they teach the next responder the most.',
]);

/** What belongs in the corrective section. */
export const CORRECTIVE_GUIDANCE = guidance([
  'what should change, broadly: the themes behind the action items, and the options',
  'that were considered and declined, with why.',
  '',
  'Each specific change goes into actionItems in the front matter with an owner, a due date',
  `and a type: ${orList(ACTION_TYPES)}. A ${SEVERE.join(' or ')} needs at least one`,
  `that ${orList(REPEAT_STOPPING_TYPES.map((type) => `${type}s`))} a repeat. Add ${RECOMMENDED_LEARNINGS} learnings too: what would you tell the next on-call?`,
]);

/** The body every new postmortem starts with: the required sections, each with what belongs in it. */
export const GUIDED_BODY = `${guidance([
  'this body is the narrative. The page already shows the summary, impact, timeline,',
  'root cause with its whys, action items and learnings from the front matter above,',
  `so do not repeat them here. Aim for ${BODY_WORDS.min}-${BODY_WORDS.max} words. Add sections such as`,
  '"## Background" or "## Why detection took so long" where they help a reader who was not there.',
  '',
  'Write blamelessly. Describe what people and systems saw and did, and why it made sense',
  'at the time; never who is to blame. Not "Sam pushed a bad config" but "A config change',
  'with a typo reached production because nothing validated pool sizes". If a person could',
  'make the mistake, the system let them: that is what to fix.',
  '',
  'Delete each Writing guide comment once its section is written; the check warns about',
  'any left in a postmortem in review or published. The writing guide in the archive, /guide/,',
  'explains every field.',
])}

## ${ROOT_CAUSE_SECTION}

${ROOT_CAUSE_GUIDANCE}

## ${CORRECTIVE_SECTION}

${CORRECTIVE_GUIDANCE}
`;

export interface NewPostmortemFile {
  id: string;
  /** `<id>.mdx` */
  fileName: string;
  text: string;
}

/** The owning teams of the chosen services, in the taxonomy's order. */
export function owningTeams(services: readonly string[], taxonomies: Taxonomies): string[] {
  const teams = services.flatMap((id) => taxonomies.services.find((service) => service.id === id)?.team ?? []);
  const known = new Set(taxonomies.teams.map((team) => team.id));
  return [...new Set(teams)].filter((team) => known.has(team));
}

export function newPostmortemDraft(answers: NewPostmortemAnswers, taxonomies: Taxonomies): Draft {
  const categories = taxonomies.rootCauses.map((category) => category.id);
  const detected = answers.detected ?? answers.started;
  const mitigated = answers.mitigated ?? detected;
  const teams = answers.teams.length > 0 ? answers.teams : owningTeams(answers.services, taxonomies);
  return {
    title: answers.title,
    summary: {
      value: todo('what broke, who was hit and why, in two or three sentences an executive reads in thirty seconds.'),
    },
    severity: { value: answers.severity },
    timezone: { value: answers.timezone },
    detectedBy: answers.detectedBy
      ? { value: answers.detectedBy }
      : {
          value: 'monitoring',
          todo: `how was it first noticed? ${orList(DETECTION_METHODS)}`,
        },
    services: { value: answers.services },
    teams: {
      value: teams,
      todo:
        answers.teams.length > 0 || teams.length === 0
          ? undefined
          : "the services' owning teams; add any other team that worked it",
    },
    impact: {
      description: {
        value: todo('what users experienced, in their terms, with numbers: errors, delays, orders lost.'),
      },
      usersAffectedPercent: { value: 0, todo: 'the share of users affected, 0-100; a rough figure beats none' },
    },
    rootCause: {
      category: answers.rootCause
        ? { value: answers.rootCause }
        : {
            value: categories[0] ?? 'unknown',
            todo: `pick the closest category from content/root-causes.yaml: ${categories.join(', ')}`,
          },
      description: {
        value: todo('the real cause in one paragraph: what was wrong, not who touched it last.'),
      },
      whys: [],
    },
    timeline: [
      {
        at: answers.started,
        kind: 'started',
        text: todo('what began the impact: the change, failure or load, and what users saw.'),
      },
      {
        at: detected,
        kind: 'detected',
        text: todo('how it was noticed, and by whom or what: the alert, the customer report.'),
        todo: answers.detected ? undefined : 'the time it was detected',
      },
      {
        at: mitigated,
        kind: 'mitigated',
        text: todo('what ended the impact for users.'),
        todo: answers.mitigated ? undefined : 'the time the impact ended',
      },
    ],
    actionItems: [],
    learnings: [],
    lucky: [],
    authors: answers.authors.length > 0 ? { value: answers.authors } : { value: [todo('your name')] },
    responders: [],
    tags: [],
    header: [
      'A draft postmortem. Replace every TODO, then set status: review and open a pull request;',
      'the check refuses TODOs in a postmortem that is no longer a draft. Each field is explained',
      'in the comment above it, and with examples in the writing guide at /guide/.',
      'Times: ISO 8601 with the offset, e.g. 2025-03-01T14:05:00+01:00; events in time order.',
    ],
    body: GUIDED_BODY,
  };
}

/** The file `npm run new` writes. */
export function newPostmortemFile(
  answers: NewPostmortemAnswers,
  taxonomies: Taxonomies,
  docs?: FieldDocs,
): NewPostmortemFile {
  const date = calendarDateIn(new Date(answers.started), answers.timezone);
  const id = postmortemId(date, answers.slug ?? slugify(answers.title));
  return { id, fileName: `${id}.mdx`, text: renderDraft(newPostmortemDraft(answers, taxonomies), docs) };
}
