import { describe, expect, it } from 'vitest';
import { checkArchive, formatProblem } from '../../../../src/lib/check/index.ts';
import { placeholdersInFile } from '../../../../src/lib/check/placeholder-rules.ts';
import { readArchiveSources } from '../../../../src/lib/read-sources.ts';
import type { NewPostmortemAnswers } from '../../../../src/lib/scaffold/answers.ts';
import { fieldDocsMap, fieldReference } from '../../../../src/lib/scaffold/field-reference.ts';
import { taxonomiesFromSources } from '../../../../src/lib/scaffold/taxonomies.ts';
import { newPostmortemFile } from '../../../../src/lib/scaffold/template.ts';
import { postmortemSchema } from '../../../../src/schema/postmortem.ts';

const ROOT = new URL('../../../..', import.meta.url).pathname;
const sources = readArchiveSources({ root: ROOT, contentDir: 'content' });
const taxonomies = taxonomiesFromSources(sources);
const docs = fieldDocsMap(fieldReference(postmortemSchema));

const ANSWERS: NewPostmortemAnswers = {
  title: 'Checkout failed for 1 in 3 customers',
  severity: 'SEV2',
  services: ['checkout'],
  teams: [],
  timezone: 'America/Los_Angeles',
  started: '2025-03-01T23:30:00-08:00',
  authors: [],
};

/** Checks a generated file as `npm run check` would, inside the example archive. */
function check(text: string, id = '2025-03-01-checkout-failed-1-3-customers') {
  const path = `content/postmortems/${id}.mdx`;
  return checkArchive(
    { ...sources, postmortems: [...sources.postmortems, { path, text }] },
    { files: [path], today: '2025-03-02' },
  );
}

describe('the new-postmortem template', () => {
  it('is named after the start date in the incident zone and the title', () => {
    // 23:30 in Los Angeles is already 2 March in UTC.
    expect(newPostmortemFile(ANSWERS, taxonomies, docs).fileName).toBe('2025-03-01-checkout-failed-1-3-customers.mdx');
    expect(newPostmortemFile({ ...ANSWERS, slug: 'pool' }, taxonomies, docs).id).toBe('2025-03-01-pool');
  });

  it('passes the check as it stands, as a draft, with no warnings', () => {
    const { text } = newPostmortemFile(ANSWERS, taxonomies, docs);
    const result = check(text);
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(text).toMatch(/^status: draft$/m);
  });

  it('passes with every answer given, using them instead of placeholders', () => {
    const { text } = newPostmortemFile(
      {
        ...ANSWERS,
        teams: ['payments', 'platform'],
        detected: '2025-03-01T23:52:00-08:00',
        mitigated: '2025-03-02T00:40:00-08:00',
        detectedBy: 'customer',
        rootCause: 'config-change',
        authors: ['priya'],
      },
      taxonomies,
      docs,
    );
    expect(check(text).problems).toEqual([]);
    expect(text).toContain('teams: [payments, platform]\n');
    expect(text).toContain('detectedBy: customer\n');
    expect(text).toContain('  category: config-change\n');
    expect(text).toContain('  - at: "2025-03-02T00:40:00-08:00"\n    kind: mitigated');
    expect(text).toContain('authors: [priya]\n');
    const fields = placeholdersInFile(text).map((placeholder) => placeholder.field);
    expect(fields).not.toContain('detectedBy');
    expect(fields).not.toContain('timeline[1].at');
  });

  it("defaults the teams to the services' owners", () => {
    expect(newPostmortemFile(ANSWERS, taxonomies, docs).text).toMatch(/^teams: \[payments\] # TODO: /m);
  });

  it('marks every unknown as a TODO, which the check refuses once the postmortem leaves draft', () => {
    const { text } = newPostmortemFile(ANSWERS, taxonomies, docs);
    const fields = placeholdersInFile(text).map((placeholder) => placeholder.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'summary',
        'detectedBy',
        'impact.description',
        'impact.usersAffectedPercent',
        'rootCause.category',
        'rootCause.description',
        'timeline[0].text',
        'timeline[1].at',
        'timeline[2].at',
        'authors',
      ]),
    );
    const inReview = check(text.replace('status: draft', 'status: review'));
    const placeholderErrors = inReview.problems.filter((problem) => /template placeholder/.test(problem.message));
    expect(placeholderErrors.map((problem) => problem.field)).toEqual(fields);
  });

  it('keeps valid timeline placeholders: started, detected and mitigated, in order', () => {
    const { text } = newPostmortemFile(ANSWERS, taxonomies, docs);
    const kinds = [...text.matchAll(/kind: (\w+)/g)].map((match) => match[1]);
    expect(kinds).toEqual(['started', 'detected', 'mitigated']);
    const times = [...text.matchAll(/- at: "([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(times)).toEqual(new Set(['2025-03-01T23:30:00-08:00']));
  });

  it('guides each section in MDX comments that never render', () => {
    const { text } = newPostmortemFile(ANSWERS, taxonomies, docs);
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(body).toMatch(/^\{\/\* Writing guide: this body is the narrative/);
    expect(body).toContain('## Root cause and resolution\n\n{/* Writing guide: what was really wrong');
    expect(body).toContain('## Corrective and preventative measures\n\n{/* Writing guide: what should change');
    expect(body).toMatch(/five times/);
    expect(body).toMatch(/blamelessly/i);
    // Nothing outside comments and headings: nothing would ship if forgotten.
    const outside = body.replace(/\{\/\*[\s\S]*?\*\/\}/g, '').replace(/^## .*$/gm, '');
    expect(outside.trim()).toBe('');
  });

  it('explains each field above it with its doc comment from the schema', () => {
    const { text } = newPostmortemFile(ANSWERS, taxonomies, docs);
    expect(text).toContain('# The headline: what broke, for whom.\ntitle: ');
    expect(text).toContain('  # Share of users affected, from 0 to 100.\n  usersAffectedPercent: 0');
  });

  it('warns about guidance left in, once the placeholders are gone and it is published', () => {
    const { text } = newPostmortemFile(
      { ...ANSWERS, authors: ['priya'], detectedBy: 'monitoring', rootCause: 'config-change' },
      taxonomies,
      docs,
    );
    const finished = text
      .replace('status: draft', 'status: published')
      .replace(/"TODO: [^"]*"/g, '"Written."')
      .replace(/ # TODO: .*$/gm, '')
      .replace(
        'actionItems: []',
        'actionItems:\n  - { title: Fix it, owner: payments, due: 2025-04-01, status: open, type: prevent }',
      )
      .replace('learnings: []', 'learnings: [One., Two., Three.]');
    const result = check(finished);
    expect(result.errorCount).toBe(0);
    const guidance = result.problems.filter((problem) => /template guidance/.test(problem.message));
    expect(guidance).toHaveLength(3);
    expect(guidance.every((problem) => problem.severity === 'warning')).toBe(true);
  });
});
