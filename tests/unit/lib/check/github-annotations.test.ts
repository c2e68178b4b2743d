import { describe, expect, it } from 'vitest';
import {
  escapeData,
  escapeProperty,
  formatGithubAnnotation,
  formatStepSummary,
} from '../../../../src/lib/check/github-annotations.ts';
import type { Problem } from '../../../../src/lib/check/index.ts';

const problem: Problem = {
  file: 'content/postmortems/2025-01-14-pool.mdx',
  field: 'timeline[0].at',
  message: 'must be an ISO 8601 time with an offset',
  severity: 'error',
  line: 22,
};

describe('GitHub annotations', () => {
  it('name the file, line and field', () => {
    expect(formatGithubAnnotation(problem)).toBe(
      '::error file=content/postmortems/2025-01-14-pool.mdx,line=22,title=timeline[0].at::must be an ISO 8601 time with an offset',
    );
    expect(formatGithubAnnotation({ ...problem, severity: 'warning' })).toMatch(/^::warning file=/);
  });

  it('annotate the whole file when the line is unknown', () => {
    expect(formatGithubAnnotation({ ...problem, line: undefined })).toBe(
      '::error file=content/postmortems/2025-01-14-pool.mdx,title=timeline[0].at::must be an ISO 8601 time with an offset',
    );
  });

  it('escape as the workflow-command rules require', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const tricky = formatGithubAnnotation({
      ...problem,
      file: 'content/postmortems/a,b.mdx',
      field: 'title',
      message: 'line one\nline two: 100%',
    });
    expect(tricky).toBe('::error file=content/postmortems/a%2Cb.mdx,line=22,title=title::line one%0Aline two: 100%25');
  });

  it('list every problem in a job summary table, escaping table syntax', () => {
    const summary = formatStepSummary([{ ...problem, message: 'a | b <script>' }], '1 error in 1 postmortem.');
    expect(summary).toContain('### 1 error in 1 postmortem.');
    expect(summary).toContain(
      '| ❌ | `content/postmortems/2025-01-14-pool.mdx` | 22 | `timeline[0].at` | a \\| b &#60;script&#62; |',
    );
    expect(formatStepSummary([], 'Checked 3 postmortems: no errors.')).not.toContain('|');
  });

  it('keeps a message that quotes Markdown as text in the summary, so it cannot add a link or an image', () => {
    const message = 'must not contain a JavaScript expression ({"[**Approve**](//ev.il) ![x](//ev.il/x.png)"})';
    const summary = formatStepSummary([{ ...problem, message }], '1 error.');
    expect(summary).not.toMatch(/[^\\]\[\*\*Approve/);
    expect(summary).toContain('\\[\\*\\*Approve\\*\\*\\]\\(//ev.il\\)');
    expect(summary).toContain('\\!\\[x\\]');
  });
});

describe('bidirectional controls in annotations', () => {
  it('are written as escapes, so a reviewer reads the text in the order it is stored', async () => {
    const { escapeControl } = await import('../../../../src/lib/check/problem.ts');
    expect(escapeControl('owner \u202Egnp.exe\u2066x\u2069')).toBe('owner \\u202egnp.exe\\u2066x\\u2069');
  });
});
