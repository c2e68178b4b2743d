/**
 * The MDX body: the two required sections plus optional background and
 * detection, filled sentence by sentence until a target of 430-560 words of
 * prose, so every body lands inside the check's 400-600 guideline.
 */
import type { RootCause } from './causes.ts';
import { BACKGROUND, DETECTION, MEASURES, RESOLUTION, RESPONSE } from './phrases.ts';
import type { Random } from './random.ts';
import { fill, wordCount, type Slots } from './template.ts';

const MAX_WORDS = 598;
const ACTION_SENTENCES = ['We will {action}.', 'The {team} team will {action}.', 'We also decided to {action}.'];

interface Group {
  /** Templates in the order they are used (action sentences are already filled, which is harmless). */
  sentences: string[];
  taken: number;
}

interface Section {
  heading: string;
  groups: Group[];
  /** How often this section gets the next sentence. */
  weight: number;
  /** Render the last group as a bullet list. */
  listLast?: boolean;
}

export interface BodyInput {
  cause: RootCause;
  detectedBy: string;
  slots: Slots;
  /** Action-item titles, for the measures section. */
  actionTitles: string[];
}

export function generateBody(random: Random, { cause, detectedBy, slots, actionTitles }: BodyInput): string {
  // Templates are drawn in random order and filled only when used.
  const group = (templates: readonly string[], taken: number): Group => ({
    sentences: random.sample(templates, templates.length),
    taken,
  });
  const actions = actionTitles.map((title) =>
    fill(random.pick(ACTION_SENTENCES), { ...slots, action: title[0]!.toLowerCase() + title.slice(1) }),
  );

  const sections: Section[] = [];
  if (random.chance(0.75)) sections.push({ heading: 'Background', groups: [group(BACKGROUND, 2)], weight: 1 });
  sections.push({
    heading: random.pick(['Detection', 'Detection and response', 'How we found out', 'Response']),
    groups: [group(DETECTION[detectedBy]!, 1), group(RESPONSE, 2)],
    weight: 1,
  });
  sections.push({
    heading: 'Root cause and resolution',
    groups: [group(cause.explanation, 2), group(cause.fixes, 1), group(RESOLUTION, 0)],
    weight: 3,
  });
  sections.push({
    heading: 'Corrective and preventative measures',
    groups: [group(MEASURES, 2), { sentences: actions, taken: Math.min(2, actions.length) }],
    weight: 2,
    listLast: random.chance(0.3),
  });

  const filled = new Map<string, { text: string; words: number }>();
  const sentence = (template: string) => {
    let entry = filled.get(template);
    if (!entry) {
      const text = fill(template, slots);
      entry = { text, words: wordCount(text) };
      filled.set(template, entry);
    }
    return entry;
  };
  let total = 0;
  for (const section of sections) {
    for (const g of section.groups)
      for (const template of g.sentences.slice(0, g.taken)) total += sentence(template).words;
  }

  const target = random.int(430, 560);
  while (total < target) {
    const open = sections.filter((s) => s.groups.some((g) => g.taken < g.sentences.length));
    if (open.length === 0) break;
    const section = random.weighted(open.map((s) => [s, s.weight] as const));
    const next = random.pick(section.groups.filter((g) => g.taken < g.sentences.length));
    const words = sentence(next.sentences[next.taken]!).words;
    if (total + words > MAX_WORDS) break;
    next.taken++;
    total += words;
  }
  const text = (template: string) => sentence(template).text;
  return sections.map((section) => renderSection(random, section, text)).join('\n\n') + '\n';
}

function renderSection(random: Random, section: Section, text: (template: string) => string): string {
  const blocks: string[] = [];
  section.groups.forEach((group, index) => {
    const chosen = group.sentences.slice(0, group.taken).map(text);
    if (chosen.length === 0) return;
    if (section.listLast && index === section.groups.length - 1) {
      blocks.push(chosen.map((sentence) => `- ${sentence}`).join('\n'));
      return;
    }
    for (let start = 0; start < chosen.length;) {
      const size = random.int(2, 4);
      blocks.push(chosen.slice(start, start + size).join(' '));
      start += size;
    }
  });
  return `## ${section.heading}\n\n${blocks.join('\n\n')}`;
}
