import { describe, expect, it } from 'vitest';
import { checkArchive, formatProblem } from '../../../../src/lib/check/index.ts';
import { archive, changed, FILE, postmortem, VALID_BODY, VALID_FRONT_MATTER } from './archive-builder.ts';

function errorsOf(files: Record<string, string>, overrides = {}) {
  return checkArchive(archive(files, overrides)).problems.filter((problem) => problem.severity === 'error');
}

describe('a valid archive', () => {
  it('has no problems', () => {
    expect(errorsOf({ [FILE]: postmortem() })).toEqual([]);
  });

  it('accepts a draft with no action items and no learnings', () => {
    const draft = changed('status: published', 'status: draft', VALID_FRONT_MATTER).replace(
      /actionItems:[\s\S]*?learnings:\n  - Range checks catch typos.\n/,
      'actionItems: []\nlearnings: []\n',
    );
    expect(errorsOf({ [FILE]: postmortem(draft) })).toEqual([]);
  });

  it('accepts Z and seconds in times, and omitted optional fields', () => {
    const minimal = VALID_FRONT_MATTER.replace(
      /teams:.*\n|trigger:.*\n|tags:.*\n|contributingFactors:.*\n|visibility:.*\n/g,
      '',
    ).replace('"2025-01-14T11:05:00+01:00"', '2025-01-14T10:05:30Z');
    expect(errorsOf({ [FILE]: postmortem(minimal) })).toEqual([]);
  });
});

// One case per rule: the mistake, then the field and the words the message must carry.
const frontMatterRules: { rule: string; from: string; to: string; field: string; message: RegExp }[] = [
  {
    rule: 'unknown key (a stray layout: would become an import)',
    from: 'severity: SEV2',
    to: 'severity: SEV2\nlayout: ./evil.astro',
    field: 'layout',
    message: /not a field.*known: title, summary/,
  },
  {
    rule: 'misspelt key gets a suggestion',
    from: 'detectedBy: monitoring',
    to: 'detectedBy: monitoring\nlearning: [x]',
    field: 'learning',
    message: /did you mean "learnings"/,
  },
  {
    rule: 'required field missing',
    from: 'summary: A configuration change lowered the pool size and a third of checkouts failed.\n',
    to: '',
    field: 'summary',
    message: /is required/,
  },
  {
    rule: 'title too long',
    from: 'title: Checkout failed after a pool change',
    to: `title: ${'x'.repeat(121)}`,
    field: 'title',
    message: /at most 120 characters \(it has 121\)/,
  },
  {
    rule: 'summary too long',
    from: 'summary: A configuration',
    to: `summary: ${'y'.repeat(600)} A configuration`,
    field: 'summary',
    message: /at most 600 characters/,
  },
  {
    rule: 'severity outside the scale',
    from: 'severity: SEV2',
    to: 'severity: SEV0',
    field: 'severity',
    message: /one of SEV1, SEV2, SEV3, SEV4; got "SEV0"/,
  },
  {
    rule: 'unknown status',
    from: 'status: published',
    to: 'status: final',
    field: 'status',
    message: /one of draft, review, published/,
  },
  {
    rule: 'unknown visibility',
    from: 'visibility: internal',
    to: 'visibility: secret',
    field: 'visibility',
    message: /one of internal, public/,
  },
  {
    rule: 'time zone not IANA',
    from: 'timezone: Europe/Berlin',
    to: 'timezone: europe/berlin',
    field: 'timezone',
    message: /did you mean "Europe\/Berlin"/,
  },
  {
    rule: 'time zone as an offset',
    from: 'timezone: Europe/Berlin',
    to: 'timezone: "+01:00"',
    field: 'timezone',
    message: /not an IANA time zone/,
  },
  {
    rule: "time without an offset (read from the raw text): the fix for the file's zone",
    from: '"2025-01-14T11:05:00+01:00"',
    to: '2025-01-14T11:05:00',
    field: 'timeline[0].at',
    message:
      /^has no UTC offset; at that date and time Europe\/Berlin is at \+01:00, so write "2025-01-14T11:05:00\+01:00"$/,
  },
  {
    rule: 'date-only time',
    from: '"2025-01-14T11:05:00+01:00"',
    to: '2025-01-14',
    field: 'timeline[0].at',
    message: /with an offset/,
  },
  {
    rule: 'impossible date',
    from: '"2025-01-14T11:05:00+01:00"',
    to: '"2025-02-30T11:05:00+01:00"',
    field: 'timeline[0].at',
    message: /not a real date/,
  },
  {
    rule: 'unknown event kind',
    from: 'kind: note',
    to: 'kind: comment',
    field: 'timeline[2].kind',
    message: /one of started, detected, escalated/,
  },
  {
    rule: 'missing detected event',
    from: '    kind: detected',
    to: '    kind: action',
    field: 'timeline',
    message: /exactly one "detected" event, found none/,
  },
  {
    rule: 'started twice',
    from: '    kind: note',
    to: '    kind: started',
    field: 'timeline[2].kind',
    message: /"started" must occur exactly once/,
  },
  {
    rule: 'resolved twice',
    from: '    kind: note',
    to: '    kind: resolved',
    field: 'timeline[4].kind',
    message: /"resolved" may occur at most once/,
  },
  {
    rule: 'milestones out of order',
    from: '"2025-01-14T13:24:00+01:00"',
    to: '"2025-01-14T11:10:00+01:00"',
    field: 'timeline[3].at',
    message: /"mitigated".*is before "detected"/,
  },
  {
    rule: 'events not in time order',
    from: '"2025-01-14T11:30:00+01:00"',
    to: '"2025-01-14T11:00:00+01:00"',
    field: 'timeline[2].at',
    message: /earlier than timeline\[1\].*time order/,
  },
  {
    rule: 'unknown detection method',
    from: 'detectedBy: monitoring',
    to: 'detectedBy: pager',
    field: 'detectedBy',
    message: /one of monitoring, customer, employee, automated-test, third-party/,
  },
  {
    rule: 'share of users above 100',
    from: 'usersAffectedPercent: 33',
    to: 'usersAffectedPercent: 133',
    field: 'impact.usersAffectedPercent',
    message: /at most 100/,
  },
  {
    rule: 'customers not a whole number',
    from: 'customersAffected: 1200',
    to: 'customersAffected: 12.5',
    field: 'impact.customersAffected',
    message: /whole number|integer/,
  },
  {
    rule: 'currency not ISO 4217',
    from: 'currency: EUR',
    to: 'currency: euro',
    field: 'impact.revenueLoss.currency',
    message: /ISO 4217/,
  },
  {
    rule: 'no services',
    from: 'services: [checkout]',
    to: 'services: []',
    field: 'services',
    message: /at least one entry/,
  },
  {
    rule: 'unknown service',
    from: 'services: [checkout]',
    to: 'services: [chekout]',
    field: 'services[0]',
    message: /unknown service "chekout".*did you mean "checkout"/,
  },
  {
    rule: 'service listed twice',
    from: 'services: [checkout]',
    to: 'services: [checkout, checkout]',
    field: 'services[1]',
    message: /listed twice/,
  },
  {
    rule: 'unknown team lists the known ones',
    from: 'teams: [payments]',
    to: 'teams: [zzzzzzzz]',
    field: 'teams[0]',
    message: /unknown team "zzzzzzzz".*known: payments, discovery/,
  },
  {
    rule: 'unknown root-cause category',
    from: 'category: config-change',
    to: 'category: config-chnge',
    field: 'rootCause.category',
    message: /did you mean "config-change"/,
  },
  {
    rule: 'unknown contributing factor',
    from: 'contributingFactors: [software-bug]',
    to: 'contributingFactors: [bugs]',
    field: 'contributingFactors[0]',
    message: /unknown root-cause category "bugs"/,
  },
  {
    rule: 'more than seven whys',
    from: '    - The pool was too small.',
    to: Array.from({ length: 8 }, (_, index) => `    - Why ${index}`).join('\n'),
    field: 'rootCause.whys',
    message: /at most 7 entries/,
  },
  {
    rule: 'action item due not a date',
    from: 'due: 2025-02-01',
    to: 'due: next week',
    field: 'actionItems[0].due',
    message: /YYYY-MM-DD/,
  },
  {
    rule: 'action item status unknown',
    from: 'status: done',
    to: 'status: closed',
    field: 'actionItems[0].status',
    message: /one of open, in-progress, done, wont-do/,
  },
  {
    rule: 'action item type unknown',
    from: 'type: prevent',
    to: 'type: fix',
    field: 'actionItems[0].type',
    message: /one of prevent, detect, mitigate, process/,
  },
  {
    rule: 'action item link not http(s)',
    from: 'link: https://tracker.example.com/OPS-1',
    to: 'link: "javascript:alert(1)"',
    field: 'actionItems[0].link',
    message: /http:\/\/ or https:\/\//,
  },
  {
    rule: 'published without action items',
    from: /actionItems:[\s\S]*?(?=learnings:)/.exec(VALID_FRONT_MATTER)![0],
    to: 'actionItems: []\n',
    field: 'actionItems',
    message: /at least one entry unless status is draft/,
  },
  {
    rule: 'published without learnings',
    from: 'learnings:\n  - Range checks catch typos.',
    to: 'learnings: []',
    field: 'learnings',
    message: /at least one entry unless status is draft/,
  },
  { rule: 'no authors', from: 'authors: [marcus]', to: 'authors: []', field: 'authors', message: /at least one entry/ },
  {
    rule: 'tag not lowercase-kebab',
    from: 'tags: [postgres]',
    to: 'tags: [Postgres DB]',
    field: 'tags[0]',
    message: /lowercase-kebab/,
  },
  {
    rule: 'related postmortem does not exist',
    from: 'tags: [postgres]',
    to: 'tags: [postgres]\nrelated: [2025-01-01-nope]',
    field: 'related[0]',
    message: /no postmortem has the id "2025-01-01-nope"/,
  },
  {
    rule: 'related names itself',
    from: 'tags: [postgres]',
    to: 'tags: [postgres]\nrelated: [2025-01-14-pool]',
    field: 'related[0]',
    message: /itself/,
  },
  {
    rule: 'alias equal to its own id',
    from: 'tags: [postgres]',
    to: 'tags: [postgres]\naliases: [2025-01-14-pool]',
    field: 'aliases[0]',
    message: /id of this postmortem/,
  },
  {
    rule: 'wrong type',
    from: 'services: [checkout]',
    to: 'services: checkout',
    field: 'services',
    message: /must be a list, not "checkout"/,
  },
];

describe('each front-matter rule names the file and the field', () => {
  it.each(frontMatterRules)('$rule', ({ from, to, field, message }) => {
    const errors = errorsOf({ [FILE]: postmortem(changed(from, to)) });
    const hit = errors.find((problem) => problem.field === field);
    expect(hit, errors.map(formatProblem).join('\n')).toBeDefined();
    expect(hit!.file).toBe(FILE);
    expect(hit!.message).toMatch(message);
    expect(formatProblem(hit!)).toBe(`${FILE}: ${field}: ${hit!.message}`);
  });
});

describe('body rules', () => {
  it('requires both sections, case-insensitively', () => {
    const body = VALID_BODY.replace('## Corrective and preventative measures', '## Next steps').replace(
      'Root cause and resolution',
      'ROOT CAUSE AND RESOLUTION',
    );
    const errors = errorsOf({ [FILE]: postmortem(undefined, body) });
    expect(errors.map(formatProblem)).toEqual([
      `${FILE}: body: needs a "## Corrective and preventative measures" section`,
    ]);
  });

  it('rejects import and export, with the line', () => {
    const body = `\nimport fs from 'node:fs'\nexport const x = 1\n${VALID_BODY}`;
    const errors = errorsOf({ [FILE]: postmortem(undefined, body) });
    const lines = VALID_FRONT_MATTER.split('\n').length + 2;
    expect(errors.map((problem) => [problem.field, problem.line])).toEqual([['body', lines + 1]]);
    expect(errors[0]!.message).toMatch(/must not import or export/);
  });

  it('accepts import written inside a code block', () => {
    const body = `${VALID_BODY}\n\`\`\`js\nimport fs from 'node:fs'\n\`\`\`\n`;
    expect(errorsOf({ [FILE]: postmortem(undefined, body) })).toEqual([]);
  });

  it('reports MDX that does not parse', () => {
    const errors = errorsOf({ [FILE]: postmortem(undefined, `${VALID_BODY}\nLatency was {under 5 ms\n`) });
    expect(errors.map((problem) => problem.field)).toEqual(['body']);
    expect(errors[0]!.message).toMatch(/not valid MDX/);
  });
});

describe('file rules', () => {
  it('rejects a file name that cannot be a URL', () => {
    const errors = errorsOf({ 'content/postmortems/Pool Outage.mdx': postmortem() });
    expect(errors.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/postmortems/Pool Outage.mdx', 'file name'],
    ]);
  });

  it('rejects a file without front matter', () => {
    const errors = errorsOf({ [FILE]: VALID_BODY });
    expect(errors.map((problem) => problem.field)).toEqual(['front matter']);
  });

  it('reports YAML syntax errors with their line', () => {
    const errors = errorsOf({ [FILE]: postmortem(changed('severity: SEV2', 'severity: [SEV2')) });
    expect(errors[0]!.field).toBe('front matter');
    expect(errors[0]!.message).toMatch(/not valid YAML/);
    expect(errors[0]!.line).toBeGreaterThan(1);
  });

  it('rejects a key given twice', () => {
    const errors = errorsOf({ [FILE]: postmortem(changed('severity: SEV2', 'severity: SEV2\nseverity: SEV3')) });
    expect(errors.map((problem) => problem.field)).toEqual(['front matter']);
    expect(errors[0]!.message).toMatch(/unique/i);
  });

  it('reports postmortem files the archive would not load', () => {
    const errors = errorsOf(
      { [FILE]: postmortem() },
      { strayFiles: ['content/postmortems/old.md', 'content/postmortems/2024/x.mdx'] },
    );
    expect(errors.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/postmortems/2024/x.mdx', 'file name'],
      ['content/postmortems/old.md', 'file name'],
    ]);
  });
});

describe('cross-file rules', () => {
  const OTHER = 'content/postmortems/2025-02-01-other.mdx';

  it('accepts related ids that exist', () => {
    const withRelated = changed('tags: [postgres]', 'tags: [postgres]\nrelated: [2025-02-01-other]');
    expect(errorsOf({ [FILE]: postmortem(withRelated), [OTHER]: postmortem() })).toEqual([]);
  });

  it("rejects an alias that is another postmortem's id", () => {
    const withAlias = changed('tags: [postgres]', 'tags: [postgres]\naliases: [2025-02-01-other]');
    const errors = errorsOf({ [FILE]: postmortem(withAlias), [OTHER]: postmortem() });
    expect(errors.map((problem) => [problem.file, problem.field])).toEqual([[FILE, 'aliases[0]']]);
    expect(errors[0]!.message).toMatch(/id of another postmortem/);
  });

  it('rejects one alias claimed by two postmortems', () => {
    const withAlias = changed('tags: [postgres]', 'tags: [postgres]\naliases: [old-pool-outage]');
    const errors = errorsOf({ [FILE]: postmortem(withAlias), [OTHER]: postmortem(withAlias) });
    expect(errors.map((problem) => [problem.file, problem.field])).toEqual([[OTHER, 'aliases[0]']]);
    expect(errors[0]!.message).toMatch(/already an alias of content\/postmortems\/2025-01-14-pool.mdx/);
  });
});

describe('taxonomy rules', () => {
  const taxonomy = (text: string) => ({ services: { path: 'content/services.yaml', text } });

  it('rejects duplicate ids', () => {
    const errors = errorsOf(
      { [FILE]: postmortem() },
      taxonomy('- id: checkout\n  name: A\n  team: payments\n- id: checkout\n  name: B\n'),
    );
    expect(errors.map(formatProblem)).toEqual([
      'content/services.yaml: [1].id: "checkout" is already used by entry [0]; ids must be unique',
    ]);
  });

  it('rejects an unknown owning team and unknown fields', () => {
    const errors = errorsOf(
      { [FILE]: postmortem() },
      taxonomy('- id: checkout\n  name: A\n  team: paymnts\n  owner: x\n'),
    );
    expect(errors.map((problem) => problem.field).sort()).toEqual(['[0].owner', '[0].team']);
    expect(errors.find((problem) => problem.field === '[0].team')!.message).toMatch(/did you mean "payments"/);
  });

  it('reports a missing taxonomy file', () => {
    const errors = errorsOf({ [FILE]: postmortem() }, { teams: undefined });
    expect(errors.map((problem) => [problem.file, problem.field])).toContainEqual(['content/teams.yaml', 'file']);
  });

  it('rejects a taxonomy that is not a list', () => {
    const errors = errorsOf({ [FILE]: postmortem() }, taxonomy('checkout: Checkout\n'));
    expect(errors.map(formatProblem)).toEqual([
      'content/services.yaml: file: must be a YAML list of entries ("- id: …")',
    ]);
  });
});

describe('one run', () => {
  it('reports every error of every file, sorted by file', () => {
    const first = postmortem(changed('severity: SEV2', 'severity: SEV9'));
    const second = postmortem(changed('timezone: Europe/Berlin', 'timezone: Mars/Olympus'), '\nno sections\n');
    const result = checkArchive(
      archive({ 'content/postmortems/b-one.mdx': first, 'content/postmortems/a-two.mdx': second }),
    );
    expect(result.problems.map((problem) => `${problem.file}: ${problem.field}`)).toEqual([
      'content/postmortems/a-two.mdx: timezone',
      'content/postmortems/a-two.mdx: body',
      'content/postmortems/a-two.mdx: body',
      'content/postmortems/b-one.mdx: severity',
    ]);
    expect(result.errorCount).toBe(4);
  });
});
