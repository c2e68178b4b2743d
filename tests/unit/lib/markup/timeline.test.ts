import { describe, expect, it } from 'vitest';
import { timelineRowMarkup } from '../../../../src/lib/markup/timeline.ts';
import { toHtml } from '../../../../src/lib/markup/to-html.ts';
import { timelineRows } from '../../../../src/lib/timeline-view.ts';
import type { TimelineEvent } from '../../../../src/schema/postmortem.ts';

const timeline: TimelineEvent[] = [
  { at: '2025-07-12T23:40:00Z', kind: 'started', text: 'Release `8.5.11` reached all regions' },
  { at: '2025-07-13T00:16:00Z', kind: 'misleading', text: 'Suspected the CDN <script>alert(1)</script>' },
  { at: '2025-07-13T01:05:00Z', kind: 'mitigated', text: 'Rolled back' },
] as TimelineEvent[];

const html = (timeZone: string) =>
  timelineRows(timeline, timeZone).map((row) => toHtml(timelineRowMarkup(row, timeZone)));

describe('timeline rows as markup', () => {
  it('shows each event at its local time and zone, with the UTC reading kept out of search', () => {
    const [started] = html('America/Los_Angeles');
    expect(started).toContain(
      '<time datetime="2025-07-12T23:40:00.000Z" title="2025-07-12 23:40 UTC">16:40 <span class="zone">PDT</span></time>',
    );
    expect(started).toContain('<p class="event-date" data-pagefind-ignore="">Sat 12 Jul 2025</p>');
    expect(started).toContain('<span class="event-utc" data-pagefind-ignore="all">23:40 UTC</span>');
    expect(started).toContain('class="event kind-started milestone" data-kind="started"');
  });

  it('counts time from the start, starts a date where the local day changes, and names a UTC day that differs', () => {
    const [, misleading, mitigated] = html('Asia/Kolkata');
    expect(misleading).toContain('<span class="since">+36 min</span>');
    // 23:40 UTC is 05:10 on the 13th in Kolkata: the first row already has the 13th, the next ones no new date.
    expect(misleading).not.toContain('event-date');
    expect(mitigated).toContain('<span class="since">+1 h 25 min</span>');
    const [started] = html('Asia/Kolkata');
    expect(started).toContain('<span class="event-utc" data-pagefind-ignore="all">Sat 12 Jul 2025, 23:40 UTC</span>');
  });

  it('marks code and misleading leads, and keeps any markup in the text as text', () => {
    const [started, misleading] = html('UTC');
    expect(started).toContain('<p class="event-text">Release <code>8.5.11</code> reached all regions</p>');
    expect(misleading).toContain('class="event kind-misleading" data-kind="misleading"');
    expect(misleading).toContain('<span aria-hidden="true">⚠ </span>');
    expect(misleading).toContain('Suspected the CDN &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(misleading).not.toContain('<script>');
  });
});
