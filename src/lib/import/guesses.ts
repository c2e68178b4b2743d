/**
 * What an imported document says about fields it has no section for:
 * metadata lines, severity, services, root-cause category, detection and title.
 * Every guess is marked TODO by the importer for the author to confirm.
 */
import type { Taxonomies } from '../scaffold/answers.ts';
import type { Severity } from '../../schema/vocabulary.ts';
import { TITLE_MAX_LENGTH } from '../../schema/rules.ts';
import { findDate } from './when.ts';

const METADATA = /^\s*(?:\*\*|__)?([A-Za-z][A-Za-z ()/]{1,30}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+?)\s*$/;

export interface Metadata {
  key: string;
  value: string;
  line: string;
}

export function metadataOf(lines: readonly string[]): Metadata[] {
  return lines.flatMap((line) => {
    const match = METADATA.exec(line);
    if (!match || /^https?$/i.test(match[1]!.trim())) return [];
    return [{ key: match[1]!.trim().toLowerCase(), value: match[2]!.replace(/\*\*|__/g, '').trim(), line }];
  });
}

export function severityIn(text: string): { value: Severity; note?: string } | undefined {
  const sev = /\bsev(?:erity)?[\s:-]*([1-4])\b/i.exec(text);
  if (sev) return { value: `SEV${sev[1]}` as Severity };
  const priority = /\b(?:priority[\s:]*)?P([0-4])\b/.exec(text);
  if (priority) {
    const level = Math.max(1, Number(priority[1]));
    return {
      value: `SEV${level}` as Severity,
      note: `read from "P${priority[1]}"; check your priority scale matches SEV1-4`,
    };
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The root-cause category whose words the text uses most. */
export function closestCategory(text: string, taxonomies: Taxonomies): string | undefined {
  const lower = text.toLowerCase();
  let best: { id: string; score: number } | undefined;
  for (const category of taxonomies.rootCauses) {
    const words = `${category.id.replace(/-/g, ' ')} ${category.name ?? ''}`
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length >= 4)
      .map((word) => word.replace(/(s|ing|ed|ion)$/, ''));
    const score = [...new Set(words)].reduce(
      (sum, word) => sum + (lower.match(new RegExp(`\\b${escapeRegExp(word)}`, 'g'))?.length ?? 0),
      0,
    );
    if (score > 0 && (!best || score > best.score)) best = { id: category.id, score };
  }
  return best?.id;
}

export function detectionMethod(text: string): string {
  if (/\b(alert|monitor|pager|paged|dashboard|metric|slo|probe)/i.test(text)) return 'monitoring';
  if (/\b(automated test|synthetic|canary|ci job|smoke test)/i.test(text)) return 'automated-test';
  if (/\b(vendor|provider|third[- ]party|partner)\b/i.test(text)) return 'third-party';
  if (/\b(customer|support|user reports?|tweet|social media|calls?|complain)/i.test(text)) return 'customer';
  return 'employee';
}

export const PERCENT =
  /(\d+(?:\.\d+)?)\s*%\s*(?:of\s+)?(?:all\s+|the\s+|our\s+)?(?:[\w-]+\s+){0,3}?(users|customers|requests|traffic|shoppers|sessions|logins|orders|visitors|members)/i;

/** The title without "Postmortem:" and the like, and without its date. */
export function cleanTitle(title: string | undefined, fileName: string): string {
  let text = (
    title ??
    fileName
      .replace(/\.[a-z]+$/i, '')
      .replace(/^\d{4}-\d{2}-\d{2}[-_]?/, '')
      .replace(/[-_]+/g, ' ')
  )
    .replace(/^\s*(post[- ]?mortem|incident( report| review| postmortem| retrospective)?|rca|pir)\s*[:—–-]\s*/i, '')
    .replace(/\s*[:—–-]\s*(post[- ]?mortem|incident report)\s*$/i, '');
  const date = findDate(text);
  if (date) {
    const before = text.slice(0, date.index).replace(/[\s(—–,:-]+$/, '');
    const after = text.slice(date.index + date.length).replace(/^[\s),—–:-]+/, '');
    text = [before, after].filter(Boolean).join(' ');
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) text = 'Imported postmortem';
  return (text[0]!.toUpperCase() + text.slice(1)).slice(0, TITLE_MAX_LENGTH);
}
