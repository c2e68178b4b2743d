import { describe, expect, it } from 'vitest';
import { checkArchive, formatProblem } from '../../../../src/lib/check/index.ts';
import { archive, changed, FILE, postmortem, VALID_BODY, VALID_FRONT_MATTER } from './archive-builder.ts';

const THREE_LEARNINGS = 'learnings:\n  - Range checks catch typos.\n  - Alerts need owners.\n  - Canaries limit harm.';
const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
const bodyOf = (count: number) =>
  `\n## Root cause and resolution\n\n${words(count)}\n\n## Corrective and preventative measures\n\nValidate.\n`;
/** Valid, and clear of every warning: enough words and learnings, a prevent item that is done. */
const CLEAN = changed('learnings:\n  - Range checks catch typos.', THREE_LEARNINGS);
const CLEAN_BODY = bodyOf(450);

function warningsOf(frontMatter: string, body = CLEAN_BODY, today: string | null = '2026-01-01') {
  const result = checkArchive(archive({ [FILE]: postmortem(frontMatter, body) }), { today: today ?? undefined });
  expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return result.problems.filter((problem) => problem.severity === 'warning');
}

describe('warnings', () => {
  it('none for a complete postmortem', () => {
    expect(warningsOf(CLEAN)).toEqual([]);
  });

  it('body outside 400-600 words, counting prose but not headings or code', () => {
    const short = warningsOf(CLEAN, bodyOf(390));
    expect(short.map((problem) => problem.field)).toEqual(['body']);
    expect(short[0]!.message).toMatch(/^has 391 words of prose; aim for 400-600/);
    const long = warningsOf(CLEAN, bodyOf(610));
    expect(long[0]!.message).toMatch(/^has 611 words of prose; aim for 400-600: keep to what a reader needs/);
    const withCode = `${bodyOf(450)}\n\`\`\`\n${words(400)}\n\`\`\`\n`;
    expect(warningsOf(CLEAN, withCode)).toEqual([]);
  });

  it('fewer than 3 learnings', () => {
    const problems = warningsOf(VALID_FRONT_MATTER);
    expect(problems.map(formatProblem)).toEqual([
      `${FILE}: learnings: has 1 learning; aim for at least 3: what would you tell the next on-call, or a team building something similar?`,
    ]);
  });

  it('an open or in-progress action item past its due date, judged as of the date passed in', () => {
    const open = changed('status: done', 'status: open', CLEAN);
    expect(warningsOf(open, CLEAN_BODY, '2025-02-01')).toEqual([]);
    const late = warningsOf(open, CLEAN_BODY, '2025-02-02');
    expect(late.map((problem) => problem.field)).toEqual(['actionItems[0].due']);
    expect(late[0]!.message).toBe(
      '"Validate pool sizes" was due 2025-02-01 and is still open (as of 2025-02-02); finish it, agree a new date, or set status: wont-do and say why',
    );
    expect(warningsOf(changed('status: done', 'status: in-progress', CLEAN))[0]!.message).toMatch(/still in progress/);
    expect(warningsOf(changed('status: done', 'status: wont-do', CLEAN))).toEqual([]);
    // Without a date the rule cannot judge, so it stays silent.
    expect(warningsOf(open, CLEAN_BODY, null)).toEqual([]);
  });

  it('a SEV1 or SEV2 without a detect or prevent action item', () => {
    const mitigateOnly = changed('type: prevent', 'type: mitigate', CLEAN);
    const problems = warningsOf(mitigateOnly);
    expect(problems.map((problem) => problem.field)).toEqual(['actionItems']);
    expect(problems[0]!.message).toBe(
      'a SEV2 needs at least one action item of type detect or prevent, so the same failure is caught sooner or cannot happen again; the types here are: mitigate',
    );
    expect(warningsOf(changed('type: prevent', 'type: detect', CLEAN))).toEqual([]);
    expect(warningsOf(changed('severity: SEV2', 'severity: SEV3', mitigateOnly))).toEqual([]);
  });

  it('template guidance left in a postmortem that is not a draft', () => {
    const body = `${CLEAN_BODY}\n{/* Writing guide: what should change, broadly. */}\n`;
    const problems = warningsOf(CLEAN, body);
    expect(problems.map((problem) => problem.field)).toEqual(['body']);
    expect(problems[0]!.message).toMatch(/still contains template guidance/);
    // An ordinary MDX comment is the author's own.
    expect(warningsOf(CLEAN, `${CLEAN_BODY}\n{/* a note to myself */}\n`)).toEqual([]);
  });

  it('spare drafts everything but overdue action items', () => {
    const draft = changed('status: published', 'status: draft', changed('status: done', 'status: open'));
    const body = `${VALID_BODY}\n{/* Writing guide: what should change, broadly. */}\n`;
    expect(warningsOf(draft, body).map((problem) => problem.field)).toEqual(['actionItems[0].due']);
  });

  it('become errors with strict', () => {
    const result = checkArchive(archive({ [FILE]: postmortem() }), { strict: true });
    expect(result.warningCount).toBe(0);
    expect(result.problems.find((problem) => problem.field === 'learnings')?.severity).toBe('error');
  });

  it('are left out for a postmortem with errors, which come first', () => {
    const result = checkArchive(archive({ [FILE]: postmortem(changed('severity: SEV2', 'severity: SEV7')) }), {
      today: '2030-01-01',
    });
    expect(result.problems.map((problem) => problem.severity)).toEqual(['error']);
  });
});
