/**
 * A Markdown document split into its title, the lines before the first
 * section, and its sections with their raw lines, so text that is not mapped
 * can be kept exactly as written.
 */

export interface Section {
  /** Heading text without markers (`Issue Summary`). */
  heading: string;
  /** Heading level as written: 1-6; bold pseudo-headings (`**Timeline**`) count as the section level. */
  level: number;
  /** The section's lines after the heading, up to the next heading of the same or a higher level. */
  lines: string[];
  /** 1-based line of the heading in the source. */
  line: number;
}

export interface MarkdownDocument {
  title?: string;
  /** Lines between the title and the first section. */
  preamble: string[];
  sections: Section[];
}

const ATX = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// A line that is nothing but bold text, as wiki exports write headings: **Timeline** or __Timeline__.
const BOLD_HEADING = /^\s*(\*\*|__)([^*_]{2,80}?)\s*:?\s*\1\s*:?\s*$/;

interface Heading {
  index: number;
  level: number;
  text: string;
}

function headingsOf(lines: readonly string[]): Heading[] {
  const headings: Heading[] = [];
  let fence: string | undefined;
  lines.forEach((line, index) => {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      if (!fence) fence = fenceMatch[1]![0];
      else if (fenceMatch[1]![0] === fence) fence = undefined;
      return;
    }
    if (fence) return;
    const atx = ATX.exec(line);
    if (atx) {
      headings.push({ index, level: atx[1]!.length, text: atx[2]!.trim() });
      return;
    }
    const next = lines[index + 1];
    if (line.trim() && next !== undefined && /^\s{0,3}(=+|-+)\s*$/.test(next) && !/^\s*[-*+]\s/.test(line)) {
      // Setext heading: text underlined with === (level 1) or --- (level 2), after a blank line.
      if (index === 0 || !lines[index - 1]!.trim())
        headings.push({ index, level: next.trim()[0] === '=' ? 1 : 2, text: line.trim() });
      return;
    }
    const bold = BOLD_HEADING.exec(line);
    const blankAround = (!lines[index - 1]?.trim() || index === 0) && !lines[index + 1]?.trim();
    if (bold && blankAround) headings.push({ index, level: 0, text: bold[2]!.trim() });
  });
  return headings;
}

/** Splits a document into sections at the level its section headings use. */
export function splitDocument(text: string): MarkdownDocument {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const headings = headingsOf(lines);
  const setextUnderlines = new Set(
    headings
      .filter(
        (heading) => /^\s{0,3}(=+|-+)\s*$/.test(lines[heading.index + 1] ?? '') && !ATX.test(lines[heading.index]!),
      )
      .map((heading) => heading.index + 1),
  );

  // The title is a lone level-1 heading at the top; sections use the next level present.
  const firstLevel1 = headings.find((heading) => heading.level === 1);
  const levelOnes = headings.filter((heading) => heading.level === 1).length;
  const title = firstLevel1 && levelOnes === 1 ? firstLevel1 : undefined;
  const rest = headings.filter((heading) => heading !== title);
  const realLevels = rest.map((heading) => heading.level).filter((level) => level > 0);
  const sectionLevel = realLevels.length > 0 ? Math.min(...realLevels) : 0;
  // Bold pseudo-headings act as sections only when the document has no real ones.
  const sectionHeadings = rest.filter((heading) =>
    sectionLevel === 0 ? heading.level === 0 : heading.level === sectionLevel,
  );

  const start = title ? title.index + 1 : 0;
  const firstSection = sectionHeadings[0]?.index ?? lines.length;
  const sections = sectionHeadings.map((heading, position) => {
    const end = sectionHeadings[position + 1]?.index ?? lines.length;
    return {
      heading: heading.text,
      level: heading.level === 0 ? 2 : heading.level,
      lines: lines
        .slice(heading.index + 1, end)
        .filter((_, offset) => !setextUnderlines.has(heading.index + 1 + offset)),
      line: heading.index + 1,
    };
  });
  return {
    title: title?.text,
    preamble: lines.slice(start, firstSection).filter((_, offset) => !setextUnderlines.has(start + offset)),
    sections,
  };
}

/** Lowercase words of a heading, for matching it against known section names. */
export function normaliseHeading(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/\(.*?\)/g, ' ')
    .replace(/[^a-z0-9&]+/g, ' ')
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lines without leading and trailing blank lines. */
export function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && !lines[start]!.trim()) start++;
  while (end > start && !lines[end - 1]!.trim()) end--;
  return lines.slice(start, end);
}
