/**
 * The body of an imported draft: the two required sections, filled with what
 * the document wrote for them, and every section the importer could not map
 * kept as written (made safe for MDX), with a list of what was kept.
 */
import { CORRECTIVE_GUIDANCE, guidance, ROOT_CAUSE_GUIDANCE } from '../scaffold/template.ts';
import { toMdxSafe } from './mdx-safe.ts';
import { trimBlankLines, type PostmortemDocument, type Role, type Section } from './sections.ts';
import { CORRECTIVE_SECTION, ROOT_CAUSE_SECTION, SUMMARY_MAX_LENGTH } from '../../schema/rules.ts';

const quote = (text: string, length = 50) => `"${text.length > length ? `${text.slice(0, length - 1)}…` : text}"`;

/** Headings inside a section moved so that the section's own level becomes `##`. */
function relevel(lines: readonly string[], level: number): string[] {
  const shift = level >= 7 ? 0 : 2 - level;
  if (shift === 0) return [...lines];
  return lines.map((line) =>
    line.replace(
      /^( {0,3})(#{1,6})(\s)/,
      (_, indent: string, hashes: string, space: string) =>
        `${indent}${'#'.repeat(Math.min(6, Math.max(3, hashes.length + shift)))}${space}`,
    ),
  );
}

export interface BodyInput {
  fileName: string;
  document: PostmortemDocument;
  /** Preamble lines not used as metadata. */
  preamble: string[];
  /** The root-cause paragraph moved to the front matter, so the body does not repeat it. */
  movedRootCause: string[];
  correctiveRest: string[];
  /** Timeline lines that were not read as entries. */
  timelineLeftover: string[];
  summaryClipped: boolean;
  impactClipped: boolean;
}

export function writeBody(input: BodyInput): { body: string; unmapped: string[] } {
  const { document } = input;
  const unmapped: string[] = [];
  const chunks: string[] = [
    guidance([
      `imported from ${input.fileName} by npm run import. The summary, timeline, impact,`,
      'root cause, action items and learnings it could read are in the front matter, each guess',
      'marked TODO. What it could not map is kept below as it was written: move what belongs in',
      'the front matter there, make the rest read well, and delete this comment.',
    ]),
  ];
  const keep = (lines: readonly string[], level = 2) => {
    const trimmed = trimBlankLines(lines);
    if (trimmed.length > 0) chunks.push(toMdxSafe(relevel(trimmed, level).join('\n')));
  };
  const sectionsOf = (...roles: Role[]) =>
    document.sections.filter((section) => section.role && roles.includes(section.role));

  const preamble = input.preamble.filter((line) => line.trim());
  if (preamble.some((line) => !/^\s*<!--[\s\S]*-->\s*$/.test(line) && !/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line))) {
    unmapped.push(
      ...preamble
        .filter((line) => !/^\s*<!--/.test(line) && !/^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/.test(line))
        .map((line) => `the line ${quote(line.trim())} before the first section`),
    );
  }
  keep(input.preamble);

  let wroteRootCause = false;
  let wroteCorrective = false;
  const writeRootCause = () => {
    if (wroteRootCause) return;
    wroteRootCause = true;
    chunks.push(`## ${ROOT_CAUSE_SECTION}`);
    const causes = sectionsOf('rootCauseAndResolution', 'rootCause');
    const resolution = sectionsOf('resolution');
    if (causes.length + resolution.length === 0) {
      chunks.push(ROOT_CAUSE_GUIDANCE);
      unmapped.push('no "Root cause" section: the body has guidance for it instead');
      return;
    }
    for (const section of causes) {
      const lines = section.lines;
      const start = input.movedRootCause.length > 0 ? lines.indexOf(input.movedRootCause[0]!) : -1;
      keep(
        start === -1 ? lines : [...lines.slice(0, start), ...lines.slice(start + input.movedRootCause.length)],
        section.level,
      );
    }
    for (const section of resolution) {
      chunks.push(`### ${section.heading}`);
      keep(section.lines, section.level < 7 ? section.level - 1 : 7);
    }
  };
  const writeCorrective = () => {
    if (wroteCorrective) return;
    wroteCorrective = true;
    chunks.push(`## ${CORRECTIVE_SECTION}`);
    const rest = trimBlankLines(input.correctiveRest);
    if (rest.some((line) => line.trim())) keep(rest);
    else chunks.push(CORRECTIVE_GUIDANCE);
  };

  const other = (section: Section, why: string) => {
    chunks.push(`## ${section.heading}`);
    keep(section.lines, section.level);
    unmapped.push(why);
  };
  for (const section of document.sections) {
    switch (section.role) {
      case 'summary':
        if (input.summaryClipped)
          other(
            section,
            `section "${section.heading}": longer than the ${SUMMARY_MAX_LENGTH}-character summary, so it is also kept in the body`,
          );
        break;
      case 'impact':
        if (input.impactClipped)
          other(
            section,
            `section "${section.heading}": too long for impact.description, so it is also kept in the body`,
          );
        break;
      case 'timeline':
        if (input.timelineLeftover.some((line) => line.trim())) {
          chunks.push('## Notes from the timeline');
          keep(input.timelineLeftover);
          unmapped.push(
            ...input.timelineLeftover
              .filter((line) => line.trim() && !/^\s*(```|~~~)/.test(line))
              .slice(0, 10)
              .map((line) => `timeline line ${quote(line.trim())} (no time read; kept in the body)`),
          );
        }
        break;
      case 'rootCause':
      case 'rootCauseAndResolution':
      case 'resolution':
        writeRootCause();
        break;
      case 'corrective':
      case 'actionItems':
        writeRootCause();
        writeCorrective();
        break;
      case 'learnings':
      case 'lucky':
      case 'whys':
        break;
      default:
        other(section, `section "${section.heading}" (kept in the body)`);
    }
  }
  writeRootCause();
  writeCorrective();
  return { body: `${chunks.join('\n\n')}\n`, unmapped };
}
