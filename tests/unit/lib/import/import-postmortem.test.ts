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
    today: '2026-01-01',
    ...options,
  });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const text = renderDraft(result.draft);
  const path = `content/postmortems/${result.id}.mdx`;
  const check = checkArchive(
    { ...sources, postmortems: [...sources.postmortems, { path, text }] },
    { files: [path], today: '2023-01-01' },
  );
  return {
    ...result,
    text,
    check,
    timeline: result.draft.timeline.map((event) => `${event.at} ${event.kind}`),
    todos: result.draft.timeline.map((event) => event.todo),
  };
}

describe('importing real-style postmortems', () => {
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
      '2024-03-14T11:52:00+00:00 mitigated',
      '2024-03-14T11:58:00+00:00 action',
      '2024-03-14T14:10:00+00:00 resolved',
    ]);
    expect(result.draft.services.value).toEqual(['mobile-api']);
    expect(result.draft.impact.usersAffectedPercent.value).toBe(38);
    expect(result.draft.actionItems).toHaveLength(4);
    expect(result.draft.body).toContain('## Root cause and resolution\n\nThe first responder rolled back');
    expect(result.stats.milestones).toEqual({ started: 'read', detected: 'read', mitigated: 'read' });
  });

  it('24-hour times under date headings, across a DST change, with the zone stated in words', () => {
    const result = imported('2024-10-27-warehouse-sync-dst.md');
    expect(result.check.problems.map(formatProblem)).toEqual([]);
    expect(result.timeline).toEqual([
      '2024-10-26T23:40:00+02:00 started',
      '2024-10-26T23:58:00+02:00 action',
      '2024-10-27T02:00:00+01:00 action',
      '2024-10-27T06:45:00+01:00 detected',
      '2024-10-27T07:05:00+01:00 misleading',
      '2024-10-27T07:20:00+01:00 action',
      '2024-10-27T07:31:00+01:00 mitigated',
      '2024-10-27T07:33:00+01:00 action',
      '2024-10-27T10:15:00+01:00 resolved',
    ]);
    // The zone is stated once for the whole timeline, so no entry needs a TODO.
    expect(result.todos.every((todo) => todo === undefined)).toBe(true);
    expect(result.draft.timezone.value).toBe('Europe/Berlin');
    expect(result.draft.authors.value).toEqual(['Jonas Weber', 'Aisha Khan']);
    expect(result.draft.learnings).toHaveLength(3);
  });

  it('title at ##, a WAT zone statement in the heading, bold times, an AM slip and a two-line entry', () => {
    const result = imported('lagos-card-terminals-wat.md');
    expect(result.check.problems.map(formatProblem)).toEqual([]);
    expect(result.draft.title).toBe('Card terminals offline at the Lagos branches');
    expect(result.draft.timezone.value).toBe('Africa/Lagos');
    expect(result.timeline).toEqual([
      '2023-11-12T10:15:00+01:00 note',
      '2023-11-12T22:00:00+01:00 started',
      '2023-11-12T22:07:00+01:00 detected',
      '2023-11-12T22:31:00+01:00 misleading',
      '2023-11-12T22:52:00+01:00 action',
      '2023-11-12T23:10:00+01:00 mitigated',
    ]);
    // "10:15 AM" among PM times is the author's slip: flagged on its line, not rolled into the next day.
    expect(result.todos[0]).toMatch(/^10:15 is earlier than the line before \(22:07\); kept on 2023-11-12 as written/);
    expect(result.todos.slice(1).every((todo) => todo === undefined)).toBe(true);
    expect(result.draft.timeline[0]!.text).toBe(
      'Support paged the payments on-call engineer, who started looking at the gateway dashboards.',
    );
    // Services the taxonomy does not know: none guessed, both suggested.
    expect(result.draft.services.value).toEqual([]);
    expect(result.draft.services.todo).toMatch(/"Terminal Gateway", "Settlement Batch", not in services.yaml/);
    expect(result.suggested.services.map((entry) => entry.id)).toEqual(['terminal-gateway', 'settlement-batch']);
  });

  it('a date statement, bracketed times, month-day dates, a time out of order, a log block and an open fence', () => {
    const result = imported('ledger-replay-date-statement.md');
    // Its action items are overdue (a warning); nothing is an error.
    expect(result.check.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
    expect(result.id).toBe('2019-10-21-ledger-replay-stalled-overnight');
    expect(result.timeline).toEqual([
      '2019-10-21T23:05:00+00:00 note',
      '2019-10-21T23:10:00+00:00 started',
      '2019-10-21T23:42:00+00:00 action',
      '2019-10-22T06:30:00+00:00 detected',
      '2019-10-22T07:15:00+00:00 mitigated',
    ]);
    // The page at 23:05 is out of order: flagged, kept on its date, and not taken as the detection.
    expect(result.todos[0]).toMatch(/^23:05 is earlier than the line before \(23:42\)/);
    expect(result.todos[3]).toBe('"10-22" was read as month-day in 2019');
    expect(result.draft.body).toContain('notes from the retro, pasted as they were');
    // The log lines in the code block are not events; they stay in the body.
    expect(result.stats.eventsRead).toBe(5);
    expect(result.draft.body).toContain('2019-10-21 23:42:10 ERROR ledger.replay lock wait timeout exceeded');
    expect(result.notes).toContain('a code block was never closed; it was closed before the next heading');
    expect(result.draft.actionItems.map((item) => item.title)).toEqual([
      'Run schema migrations outside the replay window',
      'Page when the replay has written nothing for ten minutes',
      'check the other batch jobs for the same lock wait',
    ]);
  });

  it('a setext title, plain-text labels, times as headings, dates inside lines and a long zone name', () => {
    const result = imported('search-index-heading-times.md');
    expect(result.check.problems.map(formatProblem)).toEqual([]);
    expect(result.timeline).toEqual([
      '2024-05-10T10:00:00+00:00 started',
      '2024-05-10T10:20:00+00:00 detected',
      '2024-05-10T10:45:00+00:00 action',
      '2024-10-16T11:58:00+00:00 action',
      '2024-10-16T13:05:00+00:00 mitigated',
    ]);
    expect(result.draft.timeline[1]!.text).toBe(
      "Merchandising noticed yesterday's prices on the product pages and opened a ticket.",
    );
    // Lines without a zone say which zone was assumed; the line after a differently dated one says where its date came from.
    expect(result.todos[0]).toMatch(/no zone on this line; assumed Greenwich Mean Time, the zone the other lines use/);
    expect(result.todos[4]).toMatch(/check this is when it was mitigated/);
    expect(result.draft.timeline[4]!.text).toBe('the alias was switched by hand and results were fresh again.');
  });

  it('PST written for a July date and an ambiguous IST in a table', () => {
    const result = imported('summer-pst-and-ist.md');
    expect(result.check.problems.map(formatProblem)).toEqual([]);
    expect(result.timeline).toEqual([
      '2024-07-09T08:05:00-07:00 started',
      '2024-07-09T08:40:00-07:00 detected',
      '2024-07-09T21:30:00+05:30 mitigated',
    ]);
    expect(result.todos[0]).toMatch(
      /"PST" is standard time, but America\/Los_Angeles was on daylight time \(UTC-7\) that day/,
    );
    expect(result.todos[2]).toMatch(
      /"IST" was read as Asia\/Kolkata \(UTC\+5:30\); it can also mean Irish Standard Time/,
    );
    expect(result.draft.severity.value).toBe('SEV2');
  });

  it('a setext-heading document with a table timeline, a P1, five whys and follow-ups', () => {
    const result = imported('payments-webhook-key-rotation.md');
    expect(result.check.problems.map(formatProblem)).toEqual([]);
    expect(result.timeline).toEqual([
      '2025-09-02T14:05:00+05:30 started',
      '2025-09-02T14:18:00+05:30 detected',
      '2025-09-02T14:30:00+05:30 misleading',
      '2025-09-02T15:02:00+05:30 action',
      '2025-09-02T15:20:00+05:30 mitigated',
    ]);
    expect(result.todos.every((todo) => /"IST" was read as Asia\/Kolkata/.test(todo ?? ''))).toBe(true);
    expect(result.draft.severity).toEqual({
      value: 'SEV1',
      todo: 'read from "P1"; check your priority scale matches SEV1-4',
    });
    expect(result.draft.rootCause.whys).toHaveLength(5);
    expect(result.draft.impact.customersAffected?.value).toBe(3200);
  });

  it('a wiki export: bold headings, times without a zone, an appendix', () => {
    const result = imported('wiki-export-delivery-etas.md');
    expect(result.check.problems.map(formatProblem)).toEqual([]);
    expect(result.id).toBe('2023-06-05-delivery-etas-frozen-app');
    expect(result.timeline).toEqual([
      '2023-06-05T09:15:00-07:00 started',
      '2023-06-05T09:32:00-07:00 detected',
      '2023-06-05T09:40:00-07:00 misleading',
      '2023-06-05T09:58:00-07:00 action',
      '2023-06-05T10:05:00-07:00 mitigated',
    ]);
    expect(result.todos[3]).toMatch(/no zone on this line; assumed PT, the zone the other lines use/);
    expect(result.unmapped).toContain('section "Appendix" (kept in the body)');
  });

  it('refuses a document that is not a postmortem, with one line saying why', () => {
    const result = importPostmortem(readFileSync(`${ROOT}tests/fixtures/import/retro-meeting-notes.md`, 'utf8'), {
      fileName: 'retro-meeting-notes.md',
      taxonomies,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        'not a postmortem: it describes no incident: no summary, timeline or root-cause section, and no outage, failure or error',
      ],
    });
  });

  it('marks every guess TODO, so none can be published unchecked', () => {
    const { text } = imported('summer-pst-and-ist.md');
    const fields = placeholdersInFile(text).map((placeholder) => placeholder.field);
    expect(fields).toEqual(
      expect.arrayContaining(['services', 'detectedBy', 'rootCause.category', 'timeline[0].at', 'authors']),
    );
    const published = checkArchive({
      ...sources,
      postmortems: [
        { path: 'content/postmortems/2024-07-09-x.mdx', text: text.replace('status: draft', 'status: published') },
      ],
    });
    expect(published.problems.filter((problem) => /template placeholder/.test(problem.message))).toHaveLength(
      fields.length,
    );
    // Published, an empty services list is an error naming the field.
    expect(published.problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(/services: needs at least one entry unless status is draft/),
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
    // Times that say (UTC) stay UTC; only the page shows them in Berlin time.
    expect(result.timeline[0]).toBe('2024-03-14T10:42:00+00:00 started');
  });

  it('never refuses a real postmortem: no date, no service and no timeline become TODOs', () => {
    const result = importPostmortem(
      '# Outage\n\n## Summary\n\nThe shop was down for about an hour and users saw errors on every page. We restarted the web servers and it came back; nobody is sure yet what caused it.\n',
      {
        fileName: 'outage.md',
        taxonomies,
        today: '2026-01-01',
      },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.draft.timeline.map((event) => `${event.at} ${event.kind}`)).toEqual([
      '2026-01-01T00:00:00+00:00 started',
      '2026-01-01T00:00:00+00:00 detected',
      '2026-01-01T00:00:00+00:00 mitigated',
    ]);
    expect(result.draft.timeline.every((event) => event.todo)).toBe(true);
    expect(result.notes).toContain(
      'the incident date 2026-01-01 was assumed: no date is written anywhere in the document; the day of the import was used',
    );
    const text = renderDraft(result.draft);
    const path = `content/postmortems/${result.id}.mdx`;
    const check = checkArchive(
      { ...sources, postmortems: [...sources.postmortems, { path, text }] },
      { files: [path] },
    );
    expect(check.problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
  });
});

describe('a document without a headline', () => {
  const withoutHeadline = [
    'Issue Summary',
    '',
    'Duration: the outage lasted 45 minutes, from 10:00 to 10:45 UTC on 2024-05-02. Half of all logins failed.',
    '',
    'Timeline',
    '',
    '- 10:00 UTC: a bad deploy reached the login service',
    '- 10:05 UTC: alerts fired and the on-call engineer was paged',
    '- 10:45 UTC: the deploy was rolled back',
    '',
    'Root cause and resolution',
    '',
    'A bad deploy; it was rolled back.',
    '',
    'Corrective and preventative measures',
    '',
    '- Add a canary stage',
  ].join('\n');

  it('gets a title from its summary, marked TODO, never as if it had been written', () => {
    const result = importPostmortem(withoutHeadline, { fileName: 'notes.md', taxonomies, today: '2026-01-01' });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const titleLine = renderDraft(result.draft)
      .split('\n')
      .find((line) => line.startsWith('title: '))!;
    expect(titleLine).toMatch(/^title: "Duration: the outage lasted 45 minutes.*# TODO: the document has no headline/);
  });
});
