/**
 * Whether a document is a postmortem at all. A real one is imported however
 * little it states (missing facts become TODOs); a course brief, a template
 * or an unrelated README is refused with one line saying why.
 */
import type { PostmortemDocument } from './sections.ts';
import { clockTimesIn } from './when.ts';

export type Classification = { postmortem: true } | { postmortem: false; reason: string };

const INCIDENT_WORDS =
  /\b(outage|incident|downtime|went down|was down|unavailable|(5\d\d|4\d\d) errors?|error rate|root cause|restored|rolled back|degraded|disruption|failure|failed|crash(ed)?|users? (were|was) (affected|unable)|postmortem|post-mortem)\b/gi;
const BRIEF_WORDS =
  /\b(must contain|should contain|requirements?:|manual qa review|learning objectives|read or watch|background context|tasks? to complete|weight: \d|your (postmortem|task)|you (must|should|will) (write|be able)|write a postmortem|get (properly )?reviewed by your peers|be brief and straight to the point|any software system will eventually fail|(a|the) post-?mortem (\(or post-mortem\) )?is (a|an|the)|post-?mortems (are|ensure|typically)|why write a post-?mortem|this (project|directory|repository) (contains|is about|concerns)|0x19|sylvain kalache|write an incident report)\b/gi;
const PLACEHOLDERS =
  /\[(date|title|incident[^\]]*|timezone|name|service)\]|\{\{?\s*[a-z_]+\s*\}?\}|YYYY-MM-DD|HH:MM|<incident[^>]*>/gi;

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

export function classify(document: PostmortemDocument, text: string): Classification {
  const prose = document.markdown.lines.filter((_, index) => document.markdown.info[index]!.kind !== 'code').join('\n');
  const roles = new Set(document.sections.map((section) => section.role).filter(Boolean));
  const incident = count(prose, INCIDENT_WORDS);
  const brief = count(prose, BRIEF_WORDS);
  const placeholders = count(prose, PLACEHOLDERS);
  const times = clockTimesIn(prose).length;
  const words = prose.split(/\s+/).filter(Boolean).length;

  if (words < 25) return { postmortem: false, reason: `it is too short to be a postmortem (${words} words)` };
  if ((brief >= 2 && brief * 2 >= times) || (brief >= 1 && times === 0 && incident < 6)) {
    return {
      postmortem: false,
      reason: 'it explains how to write a postmortem (course brief or guide), but describes no incident of its own',
    };
  }
  if (placeholders >= 3 && times <= placeholders) {
    return {
      postmortem: false,
      reason: `it is a template: it still holds ${placeholders} placeholders such as "YYYY-MM-DD"`,
    };
  }
  if (roles.size === 0 && incident < 2) {
    return {
      postmortem: false,
      reason: 'it describes no incident: no summary, timeline or root-cause section, and no outage, failure or error',
    };
  }
  if (incident === 0 && times === 0 && !roles.has('timeline')) {
    return { postmortem: false, reason: 'it describes no incident: no outage, failure, error or timeline' };
  }
  void text;
  return { postmortem: true };
}
