import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readPage, textOfElement, visibleText } from '../support/html.ts';

const { basic } = inject('builds');
const dstPage = () => readPage(basic.outDir, 'postmortems/2025-11-02-scheduler-dst/');
const poolPage = () => readPage(basic.outDir, 'postmortems/2025-01-14-checkout-pool/');

describe('incident page, built from tests/fixtures/basic', () => {
  it('builds without errors or warnings', () => {
    expect(basic.exitCode, basic.log).toBe(0);
    expect(basic.log).not.toMatch(/\[WARN\]|\[ERROR\]/);
  });

  it('shows the four durations computed across the DST change', () => {
    const html = dstPage();
    expect(textOfElement(html, 'data-duration', 'ttd')).toContain('1 h 15 min');
    expect(textOfElement(html, 'data-duration', 'ttm')).toContain('40 min');
    expect(textOfElement(html, 'data-duration', 'impact')).toContain('1 h 55 min');
    expect(textOfElement(html, 'data-duration', 'resolve')).toContain('3 h 55 min');
  });

  it('shows start and end in the incident zone with its abbreviation, and in UTC', () => {
    const text = visibleText(dstPage());
    expect(text).toContain('Sun 2 Nov 2025, 01:20 PDT · 2025-11-02 08:20 UTC');
    expect(text).toContain('Sun 2 Nov 2025, 02:15 PST · 2025-11-02 10:15 UTC');
    const berlin = visibleText(poolPage());
    expect(berlin).toContain('Tue 14 Jan 2025, 11:05 CET · 2025-01-14 10:05 UTC');
  });

  it('formats hours and minutes as people read them', () => {
    expect(textOfElement(poolPage(), 'data-duration', 'ttd')).toContain('14 min');
    expect(textOfElement(poolPage(), 'data-duration', 'ttm')).toContain('2 h 05 min');
  });

  it('renders every timeline event with its kind, and marks misleading paths', () => {
    const html = dstPage();
    const kinds = [...html.matchAll(/data-kind="([a-z]+)"/g)].map((match) => match[1]);
    expect(kinds).toEqual(['started', 'misleading', 'detected', 'mitigated', 'resolved']);
    expect(html).toMatch(/class="[^"]*kind-misleading[^"]*"/);
    expect(visibleText(html)).toContain('Misleading lead');
  });

  it('shows impact, trigger, root cause, whys, the MDX body, learnings and authors', () => {
    const text = visibleText(dstPage());
    expect(text).toContain('Customers got two "on the way" texts.');
    expect(text).toContain('Users affected 4 %');
    expect(text).toContain('Trigger Clocks went back from 02:00 PDT to 01:00 PST.');
    expect(text).toContain('Category: Software defect');
    expect(text).toMatch(
      /Five whys The job ran twice because 01:30 happened twice\. The cron table was written in local time\./,
    );
    expect(text).toContain('Zanzibar-fixture-body-word appears only here.');
    expect(text).toContain('Local wall-clock schedules repeat and skip hours.');
    expect(text).toContain('Authors priya');
    expect(visibleText(poolPage())).toContain('Revenue lost €12,000');
  });

  it('marks open action items past their due date as overdue, and only those', () => {
    const html = dstPage();
    const rows = [...html.matchAll(/<tr class="([^"]*)"[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => ({
      classes: match[1]!,
      text: visibleText(match[2]!),
    }));
    const alert = rows.find((row) => row.text.includes('Alert on duplicate route assignments'))!;
    const done = rows.find((row) => row.text.includes('Run every scheduler in UTC'))!;
    expect(alert.classes).toContain('overdue');
    expect(alert.text).toContain('priya 15 Dec 2025 Overdue Open Detect');
    expect(done.classes).not.toContain('overdue');
    expect(done.text).toContain('Done Prevent OPS-1');
  });

  it('links related postmortems in both directions', () => {
    expect(dstPage()).toContain('href="/postmortems/2025-01-14-checkout-pool/"');
    // The pool postmortem does not name the DST one; the link comes from the other side.
    expect(poolPage()).toContain('href="/postmortems/2025-11-02-scheduler-dst/"');
  });

  it('offers an edit link when a repository URL is configured', () => {
    expect(dstPage()).toContain(
      'href="https://github.com/tidewater/postmortems/edit/main/tests/fixtures/basic/content/postmortems/2025-11-02-scheduler-dst.mdx"',
    );
  });
});

describe('archive index, built from tests/fixtures/basic', () => {
  it('lists published postmortems newest first with severity, date, services, TTD and TTM', () => {
    const html = readPage(basic.outDir, '');
    const rows = [...html.matchAll(/<tr data-id="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => ({
      id: match[1],
      text: visibleText(match[2]!),
    }));
    expect(rows.map((row) => row.id)).toEqual(['2025-11-02-scheduler-dst', '2025-01-14-checkout-pool']);
    expect(rows[0]!.text).toMatch(
      /^2 Nov 2025 SEV3 Scheduler ran the 01:30 slot twice.* Product search 1 h 15 min 40 min$/,
    );
    expect(rows[1]!.text).toMatch(
      /^14 Jan 2025 SEV2 Checkout failed after a connection-pool change.* Checkout 14 min 2 h 05 min$/,
    );
  });

  it('leaves drafts out of a production build', () => {
    expect(visibleText(readPage(basic.outDir, ''))).not.toContain('Draft incident still being written');
    expect(existsSync(join(basic.outDir, 'postmortems/2026-02-01-draft-incident'))).toBe(false);
  });
});
