/**
 * The sections of a postmortem, found at whatever level they are written:
 * `#`-headings of any level, setext headings, a line that is only bold text
 * (`**Timeline**`) or a plain label on its own line (`Timeline:`). A section
 * runs to the next heading that starts another known section, or to the next
 * heading at its own level or above; headings below it (`### 4:27`,
 * `### Day 2`) stay inside it.
 */
import type { LineInfo, MarkdownLines } from './markdown.ts';

export type Role =
  | 'summary'
  | 'impact'
  | 'timeline'
  | 'rootCauseAndResolution'
  | 'rootCause'
  | 'resolution'
  | 'corrective'
  | 'actionItems'
  | 'learnings'
  | 'lucky'
  | 'whys';

const ROLES: [Role, RegExp][] = [
  ['rootCauseAndResolution', /root causes? (analysis )?(and|&) (resolution|fix|recovery|solution|remediation)/],
  [
    'summary',
    /^((issue|incident|executive|event|outage|problem|error) )?(summary|overview|description|report)$|^summary of\b|^tl ?dr$|^what happened$|^introduction$|^(the )?(issue|problem|incident)$/,
  ],
  ['impact', /^((customer|user|business|incident|service) )?impact( assessment| analysis)?$|^impact (and|&) duration$/],
  ['timeline', /\btime ?line\b|sequence of events|chronology|^events$/],
  ['whys', /\b(five|5) whys\b|^whys$/],
  ['rootCause', /^(the )?root causes?( analysis)?$|^causes?$|^why it happened$|^contributing factors$|^rca$/],
  [
    'resolution',
    /^(resolution|recovery|remediation|mitigation|the fix|fix|solution)( (and|&) (recovery|resolution|mitigation))?$|^how (it was|we) (fixed|resolved) it$/,
  ],
  ['corrective', /corrective|preventa?tive|prevention|preventing (it|recurrence)/],
  ['actionItems', /^(action items?|follow ?ups?( actions| items)?|next steps|tasks|to ?do( list)?)$/],
  ['learnings', /lessons? learn(ed|t)|learnings|takeaways|what (we|i) learn(ed|t)/],
  ['lucky', /lucky/],
];

// Section names in Japanese, as some engineering teams write them.
const JAPANESE: [Role, RegExp][] = [
  ['timeline', /タイムライン|時系列|経緯/],
  ['summary', /^(サマリー|概要|要約)/],
  ['impact', /^影響/],
  ['rootCause', /根本原因|原因/],
  ['resolution', /^(解決|対応|復旧)/],
  ['corrective', /再発防止|対策/],
  ['actionItems', /アクションアイテム/],
  ['learnings', /教訓|学び/],
];

/** Lowercase words of a heading, for matching it against known section names. */
export function normaliseHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/^\s*(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+/, '')
    .replace(/[^a-z0-9&]+/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function roleOf(heading: string): Role | undefined {
  const normalised = normaliseHeading(heading);
  return (
    ROLES.find(([, pattern]) => pattern.test(normalised))?.[0] ??
    JAPANESE.find(([, pattern]) => pattern.test(heading.trim()))?.[0]
  );
}

export interface Heading {
  /** Index of the heading's line. */
  index: number;
  /** 1-6 for Markdown headings; 7 for a bold line or a plain label. */
  level: number;
  text: string;
  role?: Role;
}

export interface Section {
  heading: string;
  /** The heading's level as written (7: a bold line or a plain label). */
  level: number;
  role?: Role;
  /** Index of the heading's line in the document. */
  index: number;
  /** The section's lines after its heading, and what each line is. */
  lines: string[];
  info: LineInfo[];
}

export interface PostmortemDocument {
  title?: string;
  /** Lines between the title and the first section. */
  preamble: string[];
  preambleInfo: LineInfo[];
  sections: Section[];
  markdown: MarkdownLines;
}

/**
 * Headings: Markdown headings, and lines that only name a known section, bare or
 * in emphasis (`**Timeline**`, `Timeline:`, `*Timeline:***`, `**TIMELINE**;`).
 */
function headingsOf({ lines, info }: MarkdownLines): Heading[] {
  const headings: Heading[] = [];
  lines.forEach((line, index) => {
    const about = info[index]!;
    if (about.kind === 'heading') {
      const text = about.heading ?? '';
      headings.push({ index, level: about.depth ?? 2, text, role: roleOf(text) });
      return;
    }
    if (about.kind === 'html') {
      // `<h3>Timeline</h3>`: HTML headings name sections too.
      const text = line
        .replace(/<[^>]*>/g, ' ')
        .replace(/&[a-z]+;/gi, ' ')
        .replace(/[\s:;.]+$/, '')
        .trim();
      const role = text.length <= 60 ? roleOf(text) : undefined;
      if (role) headings.push({ index, level: 7, text, role });
      return;
    }
    if (about.kind !== 'text') return;
    // A lazy continuation line of a list item can still be a label (`Timeline:` right under a list).
    if (about.item !== undefined && (about.itemStart || /^\s/.test(line))) return;
    const bare = line
      .replace(/^\s*(?:[-*+]\s+)?/, '')
      .replace(/[*_`]/g, '')
      .replace(/[\s:;.]+$/, '')
      .trim();
    if (!bare || bare.length > 60) return;
    const role = roleOf(bare);
    const bold = /^\s*(\*\*|__)[^*_]+\1\s*:?\s*$/.test(line);
    if (role || bold) headings.push({ index, level: 7, text: bare, role });
  });
  return headings;
}

/** A title that only says what kind of document this is. */
export function isGenericTitle(title: string): boolean {
  return /^(my )?(first )?(post[- ]?mortem|incident( report| postmortem| review)?|outage report|report|rca)( report)?s?$/i.test(
    title
      .replace(/[^A-Za-z ]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Splits a document into its title, the lines before the first section, and its sections. */
export function findSections(markdown: MarkdownLines): PostmortemDocument {
  const { lines, info } = markdown;
  const headings = headingsOf(markdown);
  const firstRole = headings.findIndex((heading) => heading.role);
  // The title: the first heading above every section, when it is not itself a section.
  const before = firstRole === -1 ? headings : headings.slice(0, firstRole);
  const title = before.filter((heading) => heading.level < 7).sort((a, b) => a.level - b.level || a.index - b.index)[0];

  const starts: Heading[] = [];
  let current: Heading | undefined;
  for (const heading of headings) {
    if (heading === title) continue;
    if (heading.role) {
      // Phase headings inside a timeline ("### Resolution") stay in it.
      if (current?.role === 'timeline' && heading.level > current.level && heading.level < 7) continue;
      starts.push(heading);
      current = heading;
      continue;
    }
    // A bold line starts a section only in a document whose sections are bold lines or labels.
    if (heading.level === 7 && current?.level !== 7) continue;
    if (current && heading.level > current.level) continue;
    // A time or a date as a heading (`### 4:27`, `### 2024-10-27`) belongs to the section it is in.
    if (
      current &&
      /^\W*(\d{1,2}[:.h]\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}\s?[ap]\.?m\b|(mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)/i.test(
        heading.text,
      )
    )
      continue;
    if (!current && firstRole !== -1 && heading.index < headings[firstRole]!.index) {
      // A heading above the first section, under the title: part of the preamble.
      continue;
    }
    starts.push(heading);
    current = heading;
  }

  // A setext heading's underline belongs to the heading, not to what follows it.
  const after = (index: number) =>
    info[index]?.kind === 'heading' && info[index + 1]?.kind === 'rule' && /^\s*(=+|-+)\s*$/.test(lines[index + 1]!)
      ? index + 2
      : index + 1;
  const start = title ? after(title.index) : 0;
  const firstSection = starts[0]?.index ?? lines.length;
  const sections = starts.map((heading, position) => {
    const end = starts[position + 1]?.index ?? lines.length;
    const from = Math.min(after(heading.index), end);
    return {
      heading: heading.text,
      level: heading.level,
      role: heading.role,
      index: heading.index,
      lines: lines.slice(from, end),
      info: info.slice(from, end),
    };
  });
  return {
    title: title?.text,
    preamble: lines.slice(start, Math.max(start, firstSection)),
    preambleInfo: info.slice(start, Math.max(start, firstSection)),
    sections,
    markdown,
  };
}

/** Lines without leading and trailing blank lines. */
export function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start]!.trim()) start++;
  while (end > start && !lines[end - 1]!.trim()) end--;
  return lines.slice(start, end);
}
