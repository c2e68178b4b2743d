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
    expect(text).toContain('Sun 2 Nov 2025, 01:20 PDT · 08:20 UTC');
    expect(text).toContain('Sun 2 Nov 2025, 02:15 PST · 10:15 UTC');
    const berlin = visibleText(poolPage());
    expect(berlin).toContain('Tue 14 Jan 2025, 11:05 CET · 10:05 UTC');
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
    expect(text).toContain('Trigger: Clocks went back from 02:00 PDT to 01:00 PST.');
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

  it('opens with the executive summary: start, impact, root cause and action items before the timeline', () => {
    const html = dstPage();
    const start = html.indexOf('<header class="postmortem-header');
    const header = html.slice(start, html.indexOf('</header>', start));
    expect(visibleText(header)).toMatch(/^SEV3 Started Sun 2 Nov 2025, 01:20 PDT · 08:20 UTC · Internal/);
    const facts = textOfElement(html, 'aria-label', 'Key facts')!;
    expect(facts).toContain('Users affected 4 %');
    // The fixture states no customer count or revenue: the page says so rather than showing a number.
    expect(facts).toContain('Customers affected not recorded');
    expect(facts).toContain('Revenue lost not recorded');
    expect(facts).toContain(
      'Root cause Software defect · details The cron table used local wall-clock time, which repeats an hour at the DST change.',
    );
    // As of the fixture build date, 2026-01-01: the open item was due 15 Dec 2025.
    expect(facts).toMatch(/Action items 1 done 1 open 0 in progress 1 overdue of 2 items$/);
    for (const marker of ['aria-label="Key facts"', 'class="duration-bar', 'aria-labelledby="summary"']) {
      expect(html.indexOf(marker), marker).toBeLessThan(html.indexOf('class="timeline"'));
    }
  });

  it('draws the impact as time to detect then time to mitigate, in proportion, with the misleading lead shaded', () => {
    const html = dstPage();
    // 75 of 115 minutes to detect, 40 to mitigate, in thousandths of the bar.
    expect(html).toMatch(/<rect class="segment segment-ttd[^"]*" x="0" width="652"/);
    expect(html).toMatch(/<rect class="segment segment-ttm[^"]*" x="652" width="348"/);
    // The lead ran from 01:30 PDT to the detection at 01:35 PST: 65 minutes, starting 10 minutes in.
    expect(html).toMatch(/<rect class="lost[^"]*" x="87" width="565"/);
    const bar = html.slice(html.indexOf('<div class="duration-bar'), html.indexOf('</figure>'));
    expect(visibleText(bar)).toContain('1 h 55 min of impact = 1 h 15 min to detect + 40 min to mitigate');
    expect(textOfElement(html, 'data-duration', 'misleading')).toBe('Lost to misleading leads 1 lead 1 h 05 min');
  });

  it('says a postmortem with no misleading lead has none, and shades nothing', () => {
    const html = poolPage();
    expect(textOfElement(html, 'data-duration', 'misleading')).toBe('Lost to misleading leads none recorded');
    expect(html).not.toMatch(/<rect class="lost/);
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
  it('lists published postmortems newest first with severity, date, services, TTD, TTM and impact', () => {
    const html = readPage(basic.outDir, '');
    const rows = [...html.matchAll(/<tr data-id="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => ({
      id: match[1],
      text: visibleText(match[2]!),
    }));
    expect(rows.map((row) => row.id)).toEqual(['2025-11-02-scheduler-dst', '2025-01-14-checkout-pool']);
    expect(rows[0]!.text).toMatch(
      /^2 Nov 2025 SEV3 Scheduler ran the 01:30 slot twice.* Product search 1 h 15 min 40 min 1 h 55 min$/,
    );
    expect(rows[1]!.text).toMatch(
      /^14 Jan 2025 SEV2 Checkout failed after a connection-pool change.* Checkout 14 min 2 h 05 min 2 h 19 min$/,
    );
  });

  it('leaves drafts out of a production build', () => {
    expect(visibleText(readPage(basic.outDir, ''))).not.toContain('Draft incident still being written');
    expect(existsSync(join(basic.outDir, 'postmortems/2026-02-01-draft-incident'))).toBe(false);
  });
});
