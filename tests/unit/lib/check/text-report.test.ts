import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../../src/lib/check/problem.ts';
import { otherWarningsLine, textReport } from '../../../../src/lib/check/text-report.ts';

const problem = (file: string, severity: Problem['severity'], rule?: string): Problem => ({
  file,
  field: 'x',
  message: 'm',
  severity,
  rule,
});

describe('the text report of npm run check', () => {
  const problems = [
    problem('a.mdx', 'warning', 'overdue'),
    problem('b.mdx', 'error'),
    problem('b.mdx', 'warning', 'few-learnings'),
    problem('c.mdx', 'warning', 'overdue'),
  ];

  it('puts every error first, lists your files’ warnings and sums up the rest', () => {
    const report = textReport(problems, (file) => file === 'b.mdx');
    expect(report.errors.map((p) => p.file)).toEqual(['b.mdx']);
    expect(report.listed.map((p) => p.file)).toEqual(['b.mdx']);
    expect(report.summed.map((p) => p.file)).toEqual(['a.mdx', 'c.mdx']);
  });

  it('lists every warning when it cannot tell whose files are whose', () => {
    const report = textReport(problems);
    expect(report.listed).toHaveLength(3);
    expect(report.summed).toEqual([]);
  });

  it('sums up other files’ warnings in one line, by kind, most common first', () => {
    expect(
      otherWarningsLine([
        problem('a.mdx', 'warning', 'few-learnings'),
        problem('a.mdx', 'warning', 'overdue'),
        problem('c.mdx', 'warning', 'overdue'),
      ]),
    ).toBe(
      '3 warnings in 2 other postmortems (2 overdue action items, 1 postmortem with fewer than 3 learnings); `npm run check -- --warnings` lists them.',
    );
    expect(otherWarningsLine([problem('a.mdx', 'warning')])).toMatch(
      /^1 warning in 1 other postmortem \(1 other warning\)/,
    );
    expect(otherWarningsLine([])).toBeUndefined();
  });
});
