import { describe, expect, it } from 'vitest';
import { classify } from '../../../../src/lib/import/classify.ts';
import { readMarkdown } from '../../../../src/lib/import/markdown.ts';
import { findSections } from '../../../../src/lib/import/sections.ts';

const sections = (markdown: string) => findSections(readMarkdown(markdown));
const outline = (markdown: string) => sections(markdown).sections.map((section) => [section.heading, section.role]);

describe('finding sections', () => {
  it('takes the title at ## with the sections at ### below it', () => {
    const document = sections('## Card terminals offline\n\n### Issue Summary\n\nText.\n\n### Timeline\n\n- 10:00 x\n');
    expect(document.title).toBe('Card terminals offline');
    expect(document.sections.map((section) => section.role)).toEqual(['summary', 'timeline']);
  });

  it('finds plain-text labels, bold lines and odd emphasis as section headings', () => {
    expect(
      outline(
        'Issue Summary:\nOn May 10 it broke.\n\nTimeline:\n- 10:00 x\n\n**Root cause**\n\nA bug.\n\n*Corrective measures:***\n- fix it',
      ),
    ).toEqual([
      ['Issue Summary', 'summary'],
      ['Timeline', 'timeline'],
      ['Root cause', 'rootCause'],
      ['Corrective measures', 'corrective'],
    ]);
  });

  it('finds a label written right under a list, where Markdown reads it as part of the list', () => {
    expect(
      outline('Issue Summary:\n- Duration: 11:00 to 13:00\nRoot Cause:\nA bug.\nTimeline:\n- 10:45 alert'),
    ).toEqual([
      ['Issue Summary', 'summary'],
      ['Root Cause', 'rootCause'],
      ['Timeline', 'timeline'],
    ]);
  });

  it('keeps time headings and phase headings inside the timeline', () => {
    const document = sections(
      '## Timeline\n\n### 4:27\nIt broke.\n### Resolution\n- 4:40 fixed\n\n## Root cause\nA bug.',
    );
    expect(document.sections.map((section) => section.heading)).toEqual(['Timeline', 'Root cause']);
    expect(document.sections[0]!.lines.join('\n')).toContain('### Resolution');
  });

  it('closes a code fence left open before the next heading, and reads on', () => {
    const markdown = readMarkdown('## Timeline\n\n- 10:00 x\n\n```\nlog line\n\n## Root cause\n\nA bug.\n');
    expect(markdown.closedFence).toBe(true);
    expect(findSections(markdown).sections.map((section) => section.role)).toEqual(['timeline', 'rootCause']);
  });

  it('reads a document pasted inside one code fence as prose', () => {
    const inner = Array.from({ length: 6 }, (_, index) => `Line ${index} says the web server went down again today.`);
    const document = sections(['```', 'Issue Summary:', ...inner, '```'].join('\n'));
    expect(document.sections.map((section) => section.role)).toEqual(['summary']);
  });
});

describe('telling a postmortem from other documents', () => {
  it('refuses meeting notes, course briefs and templates with one line saying why', () => {
    const refuse = (markdown: string) => {
      const verdict = classify(sections(markdown), markdown);
      return verdict.postmortem ? undefined : verdict.reason;
    };
    expect(
      refuse(
        '# Retro\n\n## What went well\n\n- The onboarding flow shipped on time and the review was quick.\n- Pairing helped new people settle in, and we liked the demo day a lot.',
      ),
    ).toMatch(/describes no incident/);
    expect(
      refuse(
        '# Postmortem\n\nAny software system will eventually fail. Requirements:\n\n## Issue Summary\n\nThe summary must contain the duration, the impact and the root cause of the outage.\n\n## Timeline\n\nThe timeline must contain when the issue was detected and how.',
      ),
    ).toMatch(/explains how to write a postmortem/);
    expect(
      refuse(
        '# [Title]\n\n## Summary\n\nDate: YYYY-MM-DD\n\n## Timeline\n\n| HH:MM | [incident event] |\n\n## Root cause\n\nWhat broke, for {service} on [Date], and why the outage happened.',
      ),
    ).toMatch(/template/);
  });

  it('accepts a real postmortem however little it states', () => {
    const markdown =
      '# failure report\nIt was a failure caused by a wrong directory address on the web server, so users got errors.\n## Timeline\nThe error was on web-02\n## Root cause and resolution\nThe cause is human error. The issue was fixed by correcting the address.';
    expect(classify(sections(markdown), markdown)).toEqual({ postmortem: true });
  });
});
