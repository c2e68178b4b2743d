/**
 * Writes a draft postmortem as MDX text: front matter with a one-line note
 * from the schema's docs above each field, values still to be confirmed
 * marked `# TODO: …`, and the body as given. Shared by `npm run new` and
 * `npm run import`, so both write the same shape.
 */
import { PLACEHOLDER_MARKER } from '../check/template-markers.ts';
import type { ActionItem } from '../../schema/postmortem.ts';
import { type EventKind, type Severity, ACTION_STATUSES, ACTION_TYPES } from '../../schema/vocabulary.ts';
import { KEBAB_ID } from '../../schema/fields.ts';
import { orList } from '../words.ts';

/** A value, and what the author still has to check about it (written as a `# TODO:` comment). */
export interface Guessed<T> {
  value: T;
  todo?: string;
}

export interface DraftEvent {
  at: string;
  kind: EventKind;
  text: string;
  /** What to check about this event, e.g. its time or its kind. */
  todo?: string;
}

export type DraftActionItem = Pick<ActionItem, 'title' | 'owner' | 'due' | 'status' | 'type' | 'link'> & {
  todo?: string;
};

export interface Draft {
  title: string;
  /** What to check about the title, when it was not written as one (imports). */
  titleTodo?: string;
  summary: Guessed<string>;
  severity: Guessed<Severity>;
  timezone: Guessed<string>;
  detectedBy: Guessed<string>;
  services: Guessed<string[]>;
  teams: Guessed<string[]>;
  trigger?: Guessed<string>;
  impact: {
    description: Guessed<string>;
    usersAffectedPercent: Guessed<number>;
    customersAffected?: Guessed<number>;
  };
  rootCause: { category: Guessed<string>; description: Guessed<string>; whys: string[] };
  timeline: DraftEvent[];
  actionItems: DraftActionItem[];
  learnings: string[];
  lucky: string[];
  authors: Guessed<string[]>;
  responders: string[];
  tags: string[];
  /** Comment lines at the top of the front matter (without `#`). */
  header: string[];
  /** The MDX body. */
  body: string;
}

/** Field path -> its one-line doc, e.g. `impact.description` or `timeline[].at`. */
export type FieldDocs = ReadonlyMap<string, string>;

/** A YAML scalar that reads back as exactly this string (JSON strings are valid YAML). */
export function yamlString(text: string): string {
  return JSON.stringify(text);
}

// Plain words YAML would read as something other than text.
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
const scalar = (value: string | number) =>
  typeof value === 'number'
    ? String(value)
    : KEBAB_ID.test(value) && !/^\d/.test(value) && !RESERVED.test(value)
      ? value
      : yamlString(value);
const flowList = (values: readonly string[]) => `[${values.map(scalar).join(', ')}]`;
const todoComment = (todo: string | undefined) => (todo ? ` # ${PLACEHOLDER_MARKER} ${oneLine(todo)}` : '');
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

export function renderDraft(draft: Draft, docs: FieldDocs = new Map()): string {
  const lines: string[] = ['---', ...draft.header.map((line) => (line ? `# ${line}` : '#'))];
  const doc = (path: string, indent = '') => {
    const text = docs.get(path);
    if (text) lines.push(`${indent}# ${text}`);
  };
  const field = (path: string, key: string, value: string, todo?: string, indent = '') => {
    doc(path, indent);
    lines.push(`${indent}${key}: ${value}${todoComment(todo)}`);
  };
  const list = (path: string, key: string, values: readonly string[], examples: string[] = [], indent = '') => {
    doc(path, indent);
    if (values.length === 0) {
      for (const example of examples) lines.push(`${indent}#   - ${example}`);
      lines.push(`${indent}${key}: []`);
      return;
    }
    lines.push(`${indent}${key}:`);
    for (const value of values) lines.push(`${indent}  - ${yamlString(value)}`);
  };

  field('title', 'title', yamlString(draft.title), draft.titleTodo);
  field('summary', 'summary', yamlString(draft.summary.value), draft.summary.todo);
  field('severity', 'severity', draft.severity.value, draft.severity.todo);
  field('status', 'status', 'draft');
  field('visibility', 'visibility', 'internal');
  field('timezone', 'timezone', draft.timezone.value, draft.timezone.todo);
  field('detectedBy', 'detectedBy', draft.detectedBy.value, draft.detectedBy.todo);
  field('services', 'services', flowList(draft.services.value), draft.services.todo);
  field('teams', 'teams', flowList(draft.teams.value), draft.teams.todo);
  if (draft.trigger) field('trigger', 'trigger', yamlString(draft.trigger.value), draft.trigger.todo);
  else {
    doc('trigger');
    lines.push('# trigger: "Config change 4411 set the pool size to 5 instead of 50."');
  }

  doc('impact');
  lines.push('impact:');
  const { impact } = draft;
  field('impact.description', 'description', yamlString(impact.description.value), impact.description.todo, '  ');
  field(
    'impact.usersAffectedPercent',
    'usersAffectedPercent',
    String(impact.usersAffectedPercent.value),
    impact.usersAffectedPercent.todo,
    '  ',
  );
  if (impact.customersAffected) {
    field(
      'impact.customersAffected',
      'customersAffected',
      String(impact.customersAffected.value),
      impact.customersAffected.todo,
      '  ',
    );
  } else {
    doc('impact.customersAffected', '  ');
    lines.push('  # customersAffected: 1200');
  }
  doc('impact.revenueLoss', '  ');
  lines.push('  # revenueLoss: { amount: 12000, currency: USD }');

  doc('rootCause');
  lines.push('rootCause:');
  const { rootCause } = draft;
  field('rootCause.category', 'category', rootCause.category.value, rootCause.category.todo, '  ');
  field(
    'rootCause.description',
    'description',
    yamlString(rootCause.description.value),
    rootCause.description.todo,
    '  ',
  );
  list(
    'rootCause.whys',
    'whys',
    rootCause.whys,
    [
      'Why did checkouts fail? Because requests waited too long for one of only 5 database connections.',
      'Why were there only 5? Because the value was entered as 5 instead of 50 when the file moved.',
      'Why did nothing catch it? Because nothing checks the range of pool sizes. (Keep asking: about five whys.)',
    ],
    '  ',
  );
  doc('contributingFactors');
  lines.push('# contributingFactors: [missing-alert]');

  doc('timeline');
  lines.push('timeline:');
  for (const event of draft.timeline) {
    lines.push(`  - at: ${yamlString(event.at)}${todoComment(event.todo)}`);
    lines.push(`    kind: ${event.kind}`);
    lines.push(`    text: ${yamlString(event.text)}`);
  }

  doc('actionItems');
  if (draft.actionItems.length === 0) {
    lines.push(
      '# One entry per change; a draft may have none yet. For example:',
      '#   - title: Alert on checkout pool saturation',
      '#     owner: payments',
      '#     due: 2025-02-14',
      `#     status: open # ${orList(ACTION_STATUSES)}`,
      `#     type: detect # ${orList(ACTION_TYPES)}`,
      '#     link: https://tracker.example.com/OPS-1203',
      'actionItems: []',
    );
  } else {
    lines.push('actionItems:');
    for (const item of draft.actionItems) {
      lines.push(`  - title: ${yamlString(item.title)}${todoComment(item.todo)}`);
      lines.push(`    owner: ${scalar(item.owner)}`);
      lines.push(`    due: ${item.due}`);
      lines.push(`    status: ${item.status}`);
      lines.push(`    type: ${item.type}`);
      if (item.link) lines.push(`    link: ${yamlString(item.link)}`);
    }
  }
  list('learnings', 'learnings', draft.learnings, [
    'A failure the service reports as success is invisible to alerts built on status codes.',
  ]);
  list('lucky', 'lucky', draft.lucky, ['It happened before the evening peak, when twice as many orders come in.']);
  doc('authors');
  lines.push(`authors: ${flowList(draft.authors.value)}${todoComment(draft.authors.todo)}`);
  if (draft.responders.length > 0) field('responders', 'responders', flowList(draft.responders));
  else {
    doc('responders');
    lines.push('# responders: [marcus, aisha]');
  }
  if (draft.tags.length > 0) field('tags', 'tags', flowList(draft.tags));
  else {
    doc('tags');
    lines.push('# tags: [postgres, connection-pool]');
  }
  doc('related');
  lines.push('# related: [2024-11-02-checkout-pool-timeouts]');
  lines.push('---', '');
  return `${lines.join('\n')}${draft.body.replace(/^\n+/, '')}${draft.body.endsWith('\n') ? '' : '\n'}`;
}
