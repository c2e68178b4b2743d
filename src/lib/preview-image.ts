/** The link-preview card of a postmortem, as SVG (rendered to PNG at build time). */
import type { PreviewCard } from './incident/preview-card.ts';
import { escapeXml } from './xml.ts';

/** The card is drawn on a 1200 x 630 canvas and rendered at this size (2/3): text rendering dominates the build's cost per postmortem. */
export const PREVIEW_WIDTH = 800;
export const PREVIEW_HEIGHT = 420;
const CANVAS_WIDTH = 1200;
const CANVAS_HEIGHT = 630;

const SEVERITY_COLOURS: Record<string, string> = {
  SEV1: '#b3261e',
  SEV2: '#9a4d00',
  SEV3: '#6b5a00',
  SEV4: '#3d5566',
};

/** Greedy word wrap by an estimated character budget; the last line gets an ellipsis when cut. */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) {
      line = candidate.length > maxChars ? `${candidate.slice(0, maxChars - 1)}…` : candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) lines.push(line);
  const usedWords = lines.join(' ').replace(/…$/, '').split(/\s+/).length;
  if (usedWords < text.split(/\s+/).filter(Boolean).length) {
    const last = lines[lines.length - 1]!;
    lines[lines.length - 1] = `${last.slice(0, maxChars - 1).replace(/[\s,.;:]+$/, '')}…`;
  }
  return lines;
}

export function previewSvg(card: PreviewCard): string {
  const colour = SEVERITY_COLOURS[card.severity] ?? '#3d5566';
  const titleLines = wrapText(card.title, 32, 3);
  const services = wrapText(card.services.join(' · '), 60, 1)[0] ?? '';
  const font = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';
  const title = titleLines
    .map(
      (line, index) =>
        `<text x="80" y="${262 + index * 70}" font-size="56" font-weight="700" fill="#1b1c1e">${escapeXml(line)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${CANVAS_WIDTH} ${CANVAS_HEIGHT}" font-family="${font}">
<rect width="100%" height="100%" fill="#fbfbfa"/>
<rect width="16" height="100%" fill="${colour}"/>
<text x="80" y="100" font-size="30" fill="#55585e">${escapeXml(card.archiveName)}</text>
<rect x="80" y="130" width="150" height="56" rx="8" fill="${colour}"/>
<text x="155" y="170" font-size="32" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeXml(card.severity)}</text>
<text x="256" y="170" font-size="32" fill="#1b1c1e">${escapeXml(card.duration)}</text>
${title}
<text x="80" y="560" font-size="30" fill="#55585e">${escapeXml(card.date)}${services ? ` · ${escapeXml(services)}` : ''}</text>
</svg>`;
}
