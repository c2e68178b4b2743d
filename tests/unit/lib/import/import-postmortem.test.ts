import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArchive, formatProblem } from '../../../../src/lib/check/index.ts';
import { placeholdersInFile } from '../../../../src/lib/check/placeholder-rules.ts';
import { importPostmortem, type ImportOptions } from '../../../../src/lib/import/import-postmortem.ts';
import { readArchiveSources } from '../../../../src/lib/read-sources.ts';
import { renderDraft } from '../../../../src/lib/scaffold/render.ts';
import { taxonomiesFromSources } from '../../../../src/lib/scaffold/taxonomies.ts';

const ROOT = new URL('../../../..', import.meta.url).pathname;
const sources = readArchiveSources({ root: ROOT, contentDir: 'content' });
const taxonomies = taxonomiesFromSources(sources);

function imported(fixture: string, options: Partial<ImportOptions> = {}) {
  const result = importPostmortem(readFileSync(`${ROOT}tests/fixtures/import/${fixture}`, 'utf8'), {
    fileName: fixture,
    taxonomies,
    ...options,
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const text = renderDraft(result.draft);
  const path = `content/postmortems/${result.id}.mdx`;
  const check = checkArchive(
    { ...sources, postmortems: [...sources.postmortems, { path, text }] },
    { files: [path], today: '2023-01-01' },
  );
  return { ...result, text, check, timeline: result.draft.timeline.map((event) => `${event.at} ${event.kind}`) };
}

describe('importing the common Markdown template', () => {
  it('12-hour times with (UTC), a task list, every section present', () => {
    const result = imported('2024-03-14-mobile-login-outage.md');
    expect(result.check.problems.map(formatProblem)).toEqual([]);
    expect(result.id).toBe('2024-03-14-mobile-login-outage');
    expect(result.draft.title).toBe('Mobile login outage');
    expect(result.timeline).toEqual([
      '2024-03-14T10:42:00+00:00 started',
      '2024-03-14T10:49:00+00:00 detected',
      '2024-03-14T10:55:00+00:00 misleading',
      '2024-03-14T11:12:00+00:00 escalated',
      '2024-03-14T11:31:00+00:00 action',
      '2024-03-14T11:52:00+00:00 action',
      '2024-03-14T11:58:00+00:00 mitigated',
      '2024-03-14T14:10:00+00:00 resolved',
    ]);
    expect(result.draft.summary.value).toMatch(/^From 10:42 AM to 11:58 AM UTC on March 14, 2024/);
    expect(result.draft.impact.usersAffectedPercent).toEqual({
      value: 38,
      todo: 'read from "38% of mobile users"; check it is the share of users',
    });
    expect(result.draft.services.value).toEqual(['mobile-api']);
    expect(result.draft.detectedBy.value).toBe('monitoring');
    expect(result.draft.actionItems.map((item) => [item.title, item.status, item.type, item.owner, item.due])).toEqual([
      ['Restore the previous certificate bundle on the session store', 'done', 'mitigate', 'TODO: owner', '2024-04-13'],
      [
        'Verify the complete chain in the rotation job before replacing a bundle',
        'open',
        'prevent',
        'identity',
        '2024-04-01',
      ],
      ['Add monitoring on TLS handshake failures between services', 'open', 'detect', 'platform', '2024-04-13'],
      ['Write a runbook for failed certificate rotations', 'open', 'mitigate', 'TODO: owner', '2024-04-13'],
    ]);
    // The first paragraph of the root cause became its description; the rest of the narrative stays in the body,
    // and the task list became action items.
    expect(result.draft.rootCause.description.value).toMatch(/^The session store terminates TLS with a certificate/);
    expect(result.draft.body).not.toContain('The session store terminates TLS');
    expect(result.draft.body).toContain('## Root cause and resolution\n\nThe first responder rolled back');
    expect(result.draft.body).toContain('Certificate rotation must prove that what it installs works');
    expect(result.draft.body).not.toContain('- [ ]');
    expect(result.unmapped).toEqual([]);
  });

  it('24-hour times under date headings, across a DST change, with lessons and action items', () => {
    const result = imported('2024-10-27-warehouse-sync-dst.md');
    expect(result.check.problems.map(formatProblem)).toEqual([]);
    expect(result.id).toBe('2024-10-27-warehouse-stock-sync-stopped-overnight');
    expect(result.timeline).toEqual([
      '2024-10-26T23:40:00+02:00 note',
      '2024-10-26T23:58:00+02:00 note',
      '2024-10-27T02:00:00+01:00 started',
      '2024-10-27T06:45:00+01:00 detected',
      '2024-10-27T07:05:00+01:00 misleading',
      '2024-10-27T07:20:00+01:00 action',
      '2024-10-27T07:31:00+01:00 mitigated',
      '2024-10-27T07:33:00+01:00 action',
      '2024-10-27T10:15:00+01:00 resolved',
    ]);
    expect(result.draft.timezone.value).toBe('Europe/Berlin');
    expect(result.draft.severity).toEqual({ value: 'SEV2', todo: undefined });
    expect(result.draft.authors.value).toEqual(['Jonas Weber', 'Aisha Khan']);
    expect(result.draft.detectedBy.value).toBe('employee');
    expect(result.draft.impact.description.value).toBe(
      '1,900 orders contained at least one item that could not be picked. Roughly 12% of customers who ordered that morning were affected. Support handled 430 contacts about missing items.',
    );
    expect(result.draft.learnings).toHaveLength(3);
    expect(result.draft.actionItems.map((item) => [item.owner, item.due, item.status, item.type])).toEqual([
      ['inventory', '2024-11-08', 'done', 'prevent'],
      ['jonas', '2024-11-15', 'open', 'detect'],
      ['TODO: owner', '2024-11-26', 'open', 'prevent'],
    ]);
    // Root cause and resolution were separate sections; the body has them as one, and the required second section.
    expect(result.draft.rootCause.description.value).toMatch(/^The scheduler stores the last run/);
    expect(result.draft.body).toContain('## Root cause and resolution\n\n### Resolution\n\nA manual run');
    expect(result.draft.body).toContain('## Corrective and preventative measures\n\n{/* Writing guide:');
    expect(result.unmapped).toEqual(['the line "**Status:** Complete" before the first section']);
  });

  it('a wiki export: bold headings, times without a zone, HTML, no root-cause or corrective section', () => {
    const result = imported('wiki-export-delivery-etas.md', { services: ['delivery-routing'] });
    expect(result.check.problems.map(formatProblem)).toEqual([]);
    expect(result.id).toBe('2023-06-05-delivery-etas-frozen-app');
    expect(result.draft.title).toBe('Delivery ETAs frozen in the app');
    expect(result.draft.authors.value).toEqual(['Priya']);
    expect(result.timeline).toEqual([
      '2023-06-05T09:15:00-07:00 started',
      '2023-06-05T09:32:00-07:00 detected',
      '2023-06-05T09:40:00-07:00 misleading',
      '2023-06-05T09:58:00-07:00 action',
      '2023-06-05T10:05:00-07:00 mitigated',
    ]);
    expect(result.notes).toContain(
      'timeline times written without a zone were read in PT, the zone the other times use; pass --timezone if that is wrong',
    );
    expect(result.draft.detectedBy.value).toBe('customer');
    expect(result.unmapped).toEqual([
      'timeline line "Some notes from the call: we did not have a dashb…" (no time found; kept in the body)',
      'section "Appendix" (kept in the body)',
      'no "Root cause" section: the body has guidance for it instead',
    ]);
    expect(result.draft.body).toContain('## Notes from the timeline\n\nSome notes from the call');
    expect(result.draft.body).toContain('## Appendix\n\nGrafana: [https://grafana.example.com/d/eta]');
    expect(result.draft.body).toContain('## Root cause and resolution\n\n{/* Writing guide: what was really wrong');
    expect(result.draft.rootCause.description.value).toMatch(/^TODO: /);
  });

  it('a setext-heading document with a table timeline, a P1, five whys and follow-ups', () => {
    const result = imported('payments-webhook-key-rotation.md');
    expect(result.check.problems.map(formatProblem)).toEqual([]);
    expect(result.timeline[0]).toBe('2025-09-02T14:05:00+05:30 started');
    expect(result.timeline.at(-1)).toBe('2025-09-02T15:20:00+05:30 mitigated');
    expect(result.draft.severity).toEqual({
      value: 'SEV1',
      todo: 'read from "P1"; check your priority scale matches SEV1-4',
    });
    expect(result.draft.rootCause.whys).toHaveLength(5);
    expect(result.draft.lucky).toEqual(['It happened on a Tuesday afternoon, not during a sale.']);
    expect(result.draft.actionItems.map((item) => item.type)).toEqual(['prevent', 'detect', 'mitigate']);
    expect(result.draft.impact.customersAffected?.value).toBe(3200);
  });

  it('marks every guess TODO, so none can be published unchecked', () => {
    const { text } = imported('2024-03-14-mobile-login-outage.md');
    const fields = placeholdersInFile(text).map((placeholder) => placeholder.field);
    expect(fields).toEqual(
      expect.arrayContaining(['severity', 'services', 'detectedBy', 'rootCause.category', 'timeline[1].at', 'authors']),
    );
    const published = checkArchive({
      ...sources,
      postmortems: [
        { path: 'content/postmortems/2024-03-14-x.mdx', text: text.replace('status: draft', 'status: published') },
      ],
    });
    expect(published.problems.filter((problem) => /template placeholder/.test(problem.message))).toHaveLength(
      fields.length,
    );
  });

  it('takes the options over what it would guess', () => {
    const result = imported('2024-03-14-mobile-login-outage.md', {
      timezone: 'Europe/Berlin',
      severity: 'SEV2',
      services: ['auth'],
      teams: ['identity'],
      rootCause: 'certificate-expiry',
      authors: ['marcus'],
    });
    expect(result.draft.timezone).toEqual({ value: 'Europe/Berlin' });
    expect(result.draft.severity).toEqual({ value: 'SEV2' });
    expect(result.draft.services).toEqual({ value: ['auth'], todo: undefined });
    expect(result.draft.rootCause.category).toEqual({ value: 'certificate-expiry', todo: undefined });
    // Times that say (UTC) stay UTC; only the page shows them in Berlin time.
    expect(result.timeline[0]).toBe('2024-03-14T10:42:00+00:00 started');
  });

  it('refuses, saying what to pass, when there is no date or no service to go on', () => {
    const noDate = importPostmortem('# Outage\n\n## Summary\n\nThe shop was down.\n', {
      fileName: 'outage.md',
      taxonomies,
    });
    expect(noDate).toEqual({
      ok: false,
      problems: [
        'no incident date found in the document or its file name; pass --date YYYY-MM-DD',
        expect.stringMatching(
          /^could not tell which service was affected; pass --service <id> \(known: storefront-web, /,
        ),
      ],
    });
    const withDate = importPostmortem('# Outage\n\n## Summary\n\nCheckout was down.\n', {
      fileName: 'outage.md',
      taxonomies,
      date: '2024-05-01',
    });
    expect(withDate.ok).toBe(true);
  });

  it('writes a valid draft even from a document with no timeline', () => {
    const result = importPostmortem('# Checkout outage on 2024-05-01\n\nCheckout was down for a while.\n', {
      fileName: 'outage.md',
      taxonomies,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.timeline.map((event) => event.kind)).toEqual(['started', 'detected', 'mitigated']);
    const text = renderDraft(result.draft);
    const path = `content/postmortems/${result.id}.mdx`;
    const check = checkArchive(
      { ...sources, postmortems: [...sources.postmortems, { path, text }] },
      { files: [path] },
    );
    expect(check.problems.map(formatProblem)).toEqual([]);
    expect(result.unmapped).toContain('the line "Checkout was down for a while." before the first section');
  });
});
