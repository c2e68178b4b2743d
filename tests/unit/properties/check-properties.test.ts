import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../../src/lib/check/index.ts';
import { incidentDurations } from '../../../src/lib/incident/milestones.ts';
import { archive } from '../lib/check/archive-builder.ts';
import { fileText, frontMatterOf, postmortemArbitrary, timelineArbitrary } from './arbitraries.ts';

const FILE = 'content/postmortems/2025-01-01-generated.mdx';
const errorsOf = (frontMatter: Record<string, unknown>) =>
  checkArchive(archive({ [FILE]: fileText(frontMatter) })).problems.filter((problem) => problem.severity === 'error');

describe('check engine properties', () => {
  it('accepts every valid generated postmortem', () => {
    fc.assert(
      fc.property(postmortemArbitrary, (generated) => {
        expect(errorsOf(frontMatterOf(generated))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  // Each mutation breaks exactly one field; the error must name that field.
  const mutations: { field: string; mutate: (fm: Record<string, unknown>) => void }[] = [
    { field: 'title', mutate: (fm) => (fm.title = 'x'.repeat(121)) },
    { field: 'summary', mutate: (fm) => delete fm.summary },
    { field: 'severity', mutate: (fm) => (fm.severity = 'SEV0') },
    { field: 'status', mutate: (fm) => (fm.status = 'done') },
    { field: 'visibility', mutate: (fm) => (fm.visibility = 'everyone') },
    { field: 'timezone', mutate: (fm) => (fm.timezone = 'Mars/Base') },
    { field: 'detectedBy', mutate: (fm) => (fm.detectedBy = 'luck') },
    { field: 'services[0]', mutate: (fm) => ((fm.services as string[])[0] = 'no-such-service') },
    {
      field: 'impact.usersAffectedPercent',
      mutate: (fm) => ((fm.impact as Record<string, unknown>).usersAffectedPercent = 101),
    },
    { field: 'rootCause.category', mutate: (fm) => ((fm.rootCause as Record<string, unknown>).category = 'gremlins') },
    { field: 'timeline[0].at', mutate: (fm) => ((fm.timeline as { at: string }[])[0]!.at = '2025-01-01T10:00:00') },
    { field: 'timeline[0].kind', mutate: (fm) => ((fm.timeline as { kind: string }[])[0]!.kind = 'begun') },
    { field: 'actionItems[0].due', mutate: (fm) => ((fm.actionItems as { due: string }[])[0]!.due = 'soon') },
    { field: 'actionItems[0].type', mutate: (fm) => ((fm.actionItems as { type: string }[])[0]!.type = 'fix') },
    { field: 'authors', mutate: (fm) => (fm.authors = []) },
    { field: 'layout', mutate: (fm) => (fm.layout = './x.astro') },
  ];

  it('rejects any single invalid mutation, naming the mutated field', () => {
    fc.assert(
      fc.property(postmortemArbitrary, fc.constantFrom(...mutations), (generated, { field, mutate }) => {
        const frontMatter = structuredClone(frontMatterOf(generated));
        mutate(frontMatter);
        const fields = errorsOf(frontMatter).map((problem) => problem.field);
        expect(fields).toContain(field);
      }),
      { numRuns: 200 },
    );
  });
});

describe('duration properties', () => {
  it('are non-negative, add up, and match the generated gaps', () => {
    fc.assert(
      fc.property(timelineArbitrary, ({ timeline, gaps }) => {
        const durations = incidentDurations(timeline);
        expect(durations.timeToDetect).toBeGreaterThanOrEqual(0);
        expect(durations.timeToMitigate).toBeGreaterThanOrEqual(0);
        expect(durations.timeToDetect + durations.timeToMitigate).toBe(durations.impactDuration);
        expect(durations.timeToDetect).toBe(gaps[0] * 60_000);
        expect(durations.timeToMitigate).toBe(gaps[1] * 60_000);
        if (gaps[2] === undefined) expect(durations.timeToResolve).toBeUndefined();
        else expect(durations.timeToResolve).toBe((gaps[0] + gaps[1] + gaps[2]) * 60_000);
      }),
      { numRuns: 500 },
    );
  });
});
