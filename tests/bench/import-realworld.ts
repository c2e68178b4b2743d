/**
 * Measures the importer on a folder of real postmortems (kept outside the
 * repository): `node tests/bench/import-realworld.ts <folder> [--show N]`.
 *
 * Timed timeline lines are counted independently of the importer, with
 * plain regular expressions: a timeline starts at a line naming it
 * (heading, bold line or label containing "timeline", "chronology" or
 * "sequence of events") and ends at the next heading-like line naming
 * another section; fenced code is skipped; a line counts when it holds a
 * clock time (10:42, 9am, 2100hrs). A milestone counts as "stated" when a
 * timed line of the timeline or summary uses its words. Nothing here is
 * shared with src/lib/import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPostmortem } from '../../src/lib/import/import-postmortem.ts';
import { readArchiveSources } from '../../src/lib/read-sources.ts';
import { taxonomiesFromSources } from '../../src/lib/scaffold/taxonomies.ts';

const folder = process.argv[2];
if (!folder) throw new Error('usage: node tests/bench/import-realworld.ts <folder> [--show N]');
const show = process.argv.includes('--show') ? Number(process.argv[process.argv.indexOf('--show') + 1]) : 0;
const taxonomies = taxonomiesFromSources(readArchiveSources({ root: process.cwd(), contentDir: 'content' }));

const TIME = /(?<![\d:.])(\d{1,2}:\d{2}|\d{1,2}\s?[ap]\.?m\b|\d{4}\s?hrs\b)/i;
const TIMELINE = /time ?line|chronology|sequence of events|タイムライン/i;
const SECTION =
  /^(#{1,6}\s|\*\*[^*]{2,60}\*\*:?\s*$|(issue |incident )?summary|impact|root cause|resolution|corrective|prevent|action items|lessons|follow|conclusion|detection|recovery)/i;
const WORDS = {
  started: /\b(began|begins|started|start|went down|was down|outage (began|occurred)|deploy(ed|ment)|occurred)\b/i,
  detected: /\b(detected|alert(ed|s)?|noticed|reported|paged|discovered)\b/i,
  mitigated: /\b(restored|resolved|mitigated|rolled back|reverted|back online|fixed|recovered|back to normal)\b/i,
} as const;

function timedLines(text: string): { timeline: string[]; summary: string[] } {
  const timeline: string[] = [];
  const summary: string[] = [];
  let inTimeline = false;
  let inSummary = false;
  let fence = false;
  for (const line of text.split(/\r?\n/)) {
    if (/^\s{0,3}(```|~~~)/.test(line) && !/^\s*```.*```/.test(line)) {
      fence = !fence;
      continue;
    }
    if (fence) continue;
    const plain = line.replace(/[*_#>`-]/g, ' ').trim();
    if (TIMELINE.test(plain) && plain.length < 60 && !TIME.test(plain.replace(/\(.*?\)/g, ''))) {
      inTimeline = true;
      inSummary = false;
      continue;
    }
    if (/summary|overview/i.test(plain) && plain.length < 40) {
      inSummary = true;
      inTimeline = false;
      continue;
    }
    if ((SECTION.test(line.trim()) || SECTION.test(plain)) && plain.length < 60 && !TIME.test(plain)) {
      inTimeline = false;
      inSummary = false;
      continue;
    }
    if (!TIME.test(line)) continue;
    if (inTimeline) timeline.push(line);
    else if (inSummary) summary.push(line);
  }
  return { timeline, summary };
}

const files = readdirSync(folder)
  .filter((name) => name.endsWith('.md'))
  .sort();
let drafts = 0;
let lines = 0;
let read = 0;
const stated = { started: 0, detected: 0, mitigated: 0 };
const found = { started: 0, detected: 0, mitigated: 0 };
const rows: string[] = [];
for (const name of files) {
  const text = readFileSync(join(folder, name), 'utf8');
  const result = importPostmortem(text, { fileName: name, taxonomies, today: '2026-01-01' });
  const counted = timedLines(text);
  lines += counted.timeline.length;
  if (!result.ok) {
    rows.push(`${name}: refused (${result.problems.join('; ')})`);
    continue;
  }
  drafts++;
  read += Math.min(result.stats.eventsRead, counted.timeline.length);
  for (const kind of ['started', 'detected', 'mitigated'] as const) {
    const says = [...counted.timeline, ...counted.summary].some((line) => WORDS[kind].test(line));
    if (!says) continue;
    stated[kind]++;
    if (result.stats.milestones[kind] === 'read') found[kind]++;
    else rows.push(`${name}: ${kind} stated but ${result.stats.milestones[kind]}`);
  }
  if (result.stats.eventsRead < counted.timeline.length) {
    rows.push(`${name}: read ${result.stats.eventsRead} of ${counted.timeline.length} timed timeline lines`);
  }
}
const percent = (a: number, b: number) => `${b === 0 ? 100 : ((100 * a) / b).toFixed(1)}% (${a}/${b})`;
console.log(`documents: ${files.length}`);
console.log(`drafts with no options: ${percent(drafts, files.length)}`);
console.log(`timed timeline lines read: ${percent(read, lines)}`);
for (const kind of ['started', 'detected', 'mitigated'] as const) {
  console.log(`${kind} found where stated: ${percent(found[kind], stated[kind])}`);
}
const all = stated.started + stated.detected + stated.mitigated;
console.log(
  `milestones found where stated (all three): ${percent(found.started + found.detected + found.mitigated, all)}`,
);
for (const row of rows.slice(0, show)) console.log(`  ${row}`);
