/**
 * A site built with content/tracker-state.json (tests/fixtures/tracker, as
 * `npm run sync` wrote it against the fake trackers) marks every action item
 * whose postmortem and tracker disagree, and only those.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { ActionItemList } from '../../src/lib/insights/action-item-list.ts';
import { readPage, visibleText } from '../support/html.ts';

const { tracker } = inject('builds');
const INCIDENT = 'postmortems/2025-10-01-checkout-queue-backlog/';

/** Each table row's visible text, keyed by the action item's title. */
function rowsByTitle(html: string): Map<string, string> {
  const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => visibleText(match[1]!));
  const titles = [
    'Alert on queue depth',
    'Add a dead-letter queue',
    'Document the replay runbook',
    'Cap consumer retries',
    'Load-test the consumer',
    'Review queue ownership',
    'Split the order topic by region',
    'Reply to the affected customers',
  ];
  return new Map(titles.map((title) => [title, rows.find((row) => row.startsWith(title)) ?? '']));
}

const EXPECTED_MARKS = {
  'Alert on queue depth': 'Tracker says closed on 12 Oct 2025; postmortem says open (synced 30 Dec 2025)',
  'Document the replay runbook': 'Tracker says open; postmortem says done (synced 30 Dec 2025)',
  'Cap consumer retries':
    'Tracker says closed on 20 Oct 2025; postmortem says closed on 2 Oct 2025 (synced 30 Dec 2025)',
};

function expectMarks(html: string) {
  const rows = rowsByTitle(html);
  for (const [title, row] of rows) {
    expect(row, `row of "${title}"`).not.toBe('');
    const mark = EXPECTED_MARKS[title as keyof typeof EXPECTED_MARKS];
    if (mark) expect(row, title).toContain(mark);
    else expect(row, title).not.toMatch(/Tracker says/);
  }
  expect([...html.matchAll(/data-tracker-mark="([a-z-]+)"/g)].map((match) => match[1])).toEqual(
    expect.arrayContaining(['tracker-closed', 'tracker-open', 'closed-date']),
  );
  expect(html.match(/data-tracker-mark=/g)).toHaveLength(3);
}

describe('tracker marks, built from tests/fixtures/tracker', () => {
  it('builds without errors', () => {
    expect(tracker.exitCode, tracker.log).toBe(0);
  });

  it('marks each disagreeing action item on /action-items/, and no other', () => {
    expectMarks(readPage(tracker.outDir, 'action-items/'));
  });

  it('sends the marks with the list the filters load, so filtered rows keep them', () => {
    const list = JSON.parse(readFileSync(join(tracker.outDir, 'action-items.json'), 'utf8')) as ActionItemList;
    const marked = list.rows.filter((row) => row.tracker).map((row) => [row.title, row.tracker!.kind]);
    expect(marked.sort()).toEqual([
      ['Alert on queue depth', 'tracker-closed'],
      ['Cap consumer retries', 'closed-date'],
      ['Document the replay runbook', 'tracker-open'],
    ]);
  });

  // The incident page draws the same mark in its action-item rows (src/lib/markup/action-item-table.ts).
  it('marks the same items on the incident page', () => {
    expectMarks(readPage(tracker.outDir, INCIDENT));
  });
});
