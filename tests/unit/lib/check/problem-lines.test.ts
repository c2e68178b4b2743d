import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../../src/lib/check/index.ts';
import { archive, changed, FILE, postmortem, VALID_BODY } from './archive-builder.ts';

const errorsOf = (sources: Parameters<typeof checkArchive>[0]) =>
  checkArchive(sources).problems.filter((problem) => problem.severity === 'error');

/** The source line each problem points at, for annotations on a pull request. */
function linesOf(text: string, overrides = {}) {
  const lines = text.split('\n');
  return errorsOf(archive({ [FILE]: text }, overrides)).map((problem) => ({
    field: problem.field,
    line: problem.line === undefined ? undefined : lines[problem.line - 1],
  }));
}

describe('every problem points at a line', () => {
  it('a value, a key that should not be there, a list entry, and a missing field (the front matter)', () => {
    const text = postmortem(
      changed('services: [checkout]', 'services: [checkout, chekout]', changed('severity: SEV2', 'sevrity: SEV2')),
    );
    expect(linesOf(text)).toEqual([
      { field: 'severity', line: 'title: Checkout failed after a pool change' },
      { field: 'sevrity', line: 'sevrity: SEV2' },
      { field: 'services[1]', line: 'services: [checkout, chekout]' },
    ]);
  });

  it('a missing body section: the start of the body', () => {
    const text = postmortem(undefined, VALID_BODY.replace('## Corrective and preventative measures', '## Next steps'));
    expect(linesOf(text)).toEqual([{ field: 'body', line: '## Root cause and resolution' }]);
  });

  it('a file name that cannot be a URL: the first line', () => {
    const problems = errorsOf(archive({ 'content/postmortems/Bad Name.mdx': postmortem() }));
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual([['file name', 1]]);
  });

  it("a service's unknown owning team: its line in the taxonomy", () => {
    const services = '- id: checkout\n  name: Checkout\n  team: paymnts\n';
    const problems = errorsOf(
      archive({ [FILE]: postmortem() }, { services: { path: 'content/services.yaml', text: services } }),
    );
    expect(problems.map((problem) => [problem.file, problem.field, problem.line])).toEqual([
      ['content/services.yaml', '[0].team', 3],
    ]);
  });
});
