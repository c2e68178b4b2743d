/**
 * `npm run new`: scaffolds a draft postmortem at
 * content/postmortems/<date>-<slug>.mdx, asking for what it needs or taking
 * it from flags (`--yes` never asks). Prints the path it wrote; never
 * overwrites a file. Run with --help for the flags.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface, type Interface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { checkArchive, formatProblem } from '../lib/check/index.ts';
import { placeholdersInFile } from '../lib/check/placeholder-rules.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import {
  checkAnswers,
  checkDetectedBy,
  checkIds,
  checkSeverity,
  checkSlug,
  checkTimeAfter,
  checkTimeZone,
  checkTitle,
  type Checked,
  type GivenTime,
  type RawAnswers,
  type TaxonomyEntry,
} from '../lib/scaffold/answers.ts';
import { fieldDocsMap, fieldReference } from '../lib/scaffold/field-reference.ts';
import { nextSteps } from '../lib/scaffold/next-steps.ts';
import { taxonomiesFromSources } from '../lib/scaffold/taxonomies.ts';
import { newPostmortemFile, owningTeams } from '../lib/scaffold/template.ts';
import { withBase } from '../lib/urls.ts';
import { postmortemSchema } from '../schema/postmortem.ts';
import { DETECTION_METHODS, SEVERITIES, type MilestoneKind } from '../schema/vocabulary.ts';
import { resolveSiteConfig } from '../site-config.ts';

const USAGE = `Usage: npm run new [-- options]

Scaffolds a draft postmortem in content/postmortems/. Asks for anything not
given as a flag; with --yes it asks nothing and fails on what is missing.

  --title <text>           what broke, for whom
  --severity <SEV1-4>      SEV1 is the worst
  --service <id>           an affected service (repeat for several)
  --team <id>              a team that owned or worked it (repeat; default: the services' owners)
  --timezone <IANA zone>   e.g. Europe/Berlin; times are shown in it
  --started <time>         when the impact began: 2025-03-01 14:05 (in --timezone) or ISO with offset
  --detected <time>        when it was noticed (optional)
  --mitigated <time>       when the impact ended (optional)
  --detected-by <method>   ${DETECTION_METHODS.join(', ')}
  --root-cause <id>        root-cause category, if already known
  --author <name>          who writes it (repeatable; default: git user.name when asking)
  --slug <slug>            file name after the date (default: from the title)
  --dry-run                print the file instead of writing it
  -y, --yes                do not ask; use the flags only
  -h, --help               show this help

Example:
  npm run new -- --title "Checkout failed for 1 in 3 customers" --severity SEV2 \\
    --service checkout --started "2025-03-01 14:05" --timezone Europe/Berlin --yes`;

function fail(message: string, status = 1): never {
  console.error(message);
  process.exit(status);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      title: { type: 'string' },
      severity: { type: 'string' },
      service: { type: 'string', multiple: true },
      team: { type: 'string', multiple: true },
      timezone: { type: 'string' },
      started: { type: 'string' },
      detected: { type: 'string' },
      mitigated: { type: 'string' },
      'detected-by': { type: 'string' },
      'root-cause': { type: 'string' },
      author: { type: 'string', multiple: true },
      slug: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      yes: { type: 'boolean', short: 'y', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  fail(`new: ${(error as Error).message}\n\n${USAGE}`, 2);
}
const flags = parsed.values;
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

const root = process.cwd();
const siteConfig = resolveSiteConfig();
const sources = readArchiveSources({ root, contentDir: siteConfig.contentDir });
const taxonomies = taxonomiesFromSources(sources);
const files = sources.taxonomyPaths;
if (taxonomies.services.length === 0) {
  fail(`new: no services found in ${files.services}; add the services postmortems can name first.`);
}

const raw: RawAnswers = {
  title: flags.title,
  severity: flags.severity,
  services: flags.service,
  teams: flags.team,
  timezone: flags.timezone,
  started: flags.started,
  detected: flags.detected,
  mitigated: flags.mitigated,
  detectedBy: flags['detected-by'],
  rootCause: flags['root-cause'],
  authors: flags.author,
  slug: flags.slug,
};

function gitUserName(): string | undefined {
  try {
    return (
      execFileSync('git', ['config', 'user.name'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

function listing(entries: readonly TaxonomyEntry[]): string {
  return entries
    .map((entry, index) => `  ${String(index + 1).padStart(2)}. ${entry.id}${entry.name ? ` (${entry.name})` : ''}`)
    .join('\n');
}

/** Reads answers line by line, so answers piped in ahead of the questions are not lost. */
class Prompter {
  private lines: AsyncIterator<string>;
  constructor(prompts: Interface) {
    this.lines = prompts[Symbol.asyncIterator]();
  }
  async question(text: string): Promise<string> {
    process.stderr.write(text);
    const next = await this.lines.next();
    if (next.done) throw new Error('cancelled');
    if (!process.stdin.isTTY) process.stderr.write(`${next.value}\n`);
    return next.value;
  }
}

/**
 * Asks until the answer passes `check`. An empty answer takes `fallback`;
 * after a rejected answer, its correction (a did-you-mean) is offered instead.
 */
async function ask<T>(
  prompts: Prompter,
  question: string,
  check: (answer: string) => Checked<T>,
  fallback?: string,
): Promise<T> {
  let offered = fallback;
  for (;;) {
    const answer = (await prompts.question(`${question}${offered ? ` [${offered}]` : ''}: `)).trim();
    const result = check(answer || offered || '');
    if (result.ok) {
      for (const note of result.notes ?? []) console.error(`  note: ${note}`);
      return result.value;
    }
    console.error(`  ${result.message.replace(/\n/g, '\n  ')}`);
    offered = result.retry ?? fallback;
  }
}

/**
 * One answer: the flag's value when it passes `check`, else the question
 * (after the flag's problem, with its correction as the default). `listing`
 * shows the choices before the question.
 */
async function answer<T>(
  prompts: Prompter,
  given: string | readonly string[] | undefined,
  question: string,
  check: (answer: string) => Checked<T>,
  { fallback, listing }: { fallback?: string; listing?: string } = {},
): Promise<T> {
  const flag = typeof given === 'string' ? given : given?.join(', ');
  if (flag) {
    const result = check(flag);
    if (result.ok) {
      for (const note of result.notes ?? []) console.error(`note: ${note}`);
      return result.value;
    }
    console.error(`${result.message}`);
    fallback = result.retry ?? fallback;
  }
  if (listing) console.error(listing);
  return ask(prompts, question, check, fallback);
}

const optional =
  <T>(check: (answer: string) => Checked<T>) =>
  (answer: string): Checked<T | undefined> =>
    answer === '' ? { ok: true, value: undefined } : check(answer);

/**
 * Fills in and checks every answer, one question at a time: each answer is
 * checked as it is given, against the ones before it, so none is lost at the end.
 */
async function askForMissing(prompts: Prompter): Promise<void> {
  // The one answer that is never asked: refuse it before the questions, not after them.
  const slug = checkSlug(raw.slug);
  if (!slug.ok) fail(`new: ${slug.message}`, 2);
  console.error('A new draft postmortem. Press Enter to accept [a default]; answers marked "later" may stay empty.\n');
  raw.title = await answer(prompts, raw.title, 'Title: what broke, for whom', checkTitle);
  raw.severity = await answer(
    prompts,
    raw.severity,
    `Severity, ${SEVERITIES.join(' ')} (SEV1 is the worst)`,
    checkSeverity,
  );
  raw.services = await answer(
    prompts,
    raw.services,
    'Affected services (ids or numbers, comma-separated)',
    (text) => checkIds([text], taxonomies.services, 'service', files.services, { required: true }),
    { listing: `Services:\n${listing(taxonomies.services)}` },
  );
  const services = raw.services;
  raw.teams = await answer(
    prompts,
    raw.teams,
    'Teams that owned or worked it',
    (text) => checkIds([text], taxonomies.teams, 'team', files.teams, { required: false }),
    {
      fallback: owningTeams(services, taxonomies).join(', ') || undefined,
      listing: `Teams:\n${listing(taxonomies.teams)}`,
    },
  );
  const zone = await answer(prompts, raw.timezone, 'Time zone to show times in', checkTimeZone, {
    fallback: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  raw.timezone = zone;
  // Each time is read in the zone and must not be before the ones given before it.
  const given: GivenTime[] = [];
  const time = async (kind: MilestoneKind, flag: string | undefined, question: string, required: boolean) => {
    const check = (text: string) => checkTimeAfter(text, zone, kind, given);
    const at = await answer(prompts, flag, question, required ? check : optional(check));
    if (at !== undefined) given.push({ kind, at });
    return at;
  };
  raw.started = await time('started', raw.started, `When did the impact start? (2025-03-01 14:05 in ${zone})`, true);
  raw.detected = await time('detected', raw.detected, 'When was it detected? (Enter: later)', false);
  raw.mitigated = await time('mitigated', raw.mitigated, 'When did the impact end? (Enter: later)', false);
  raw.detectedBy = await answer(
    prompts,
    raw.detectedBy,
    'How was it first noticed? (Enter: later)',
    optional(checkDetectedBy),
    {
      listing: `Detected by:\n${DETECTION_METHODS.map((method, index) => `  ${index + 1}. ${method}`).join('\n')}`,
    },
  );
  raw.rootCause = (
    await answer(
      prompts,
      raw.rootCause,
      'Root-cause category, if known (Enter: later)',
      optional((text) =>
        checkIds([text], taxonomies.rootCauses, 'root-cause category', files.rootCauses, { required: true }),
      ),
      { listing: `Root-cause categories:\n${listing(taxonomies.rootCauses)}` },
    )
  )?.[0];
  if (!raw.authors?.length) {
    raw.authors = [
      await ask(prompts, 'Your name or handle, as author', (text) => ({ ok: true, value: text }), gitUserName()),
    ].filter(Boolean);
  }
  console.error('');
}

if (!flags.yes) {
  const prompts = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  prompts.on('SIGINT', () => fail('\nCancelled; nothing was written.', 130));
  try {
    await askForMissing(new Prompter(prompts));
  } catch (error) {
    if ((error as Error).message !== 'cancelled') throw error;
    fail(
      `\nCancelled before every answer was given; nothing was written.${process.stdin.isTTY ? '' : ' (To take the flags alone without questions, add --yes.)'}`,
      130,
    );
  } finally {
    prompts.close();
  }
}

const checked = checkAnswers(raw, taxonomies, files);
if (!checked.ok) {
  fail(
    `new: nothing was written:\n${checked.problems.map((problem) => `  - ${problem.replace(/\n/g, '\n    ')}`).join('\n')}\n\nRun npm run new -- --help for the flags.`,
    2,
  );
}
for (const note of checked.notes) console.error(`note: ${note}`);

const docs = fieldDocsMap(fieldReference(postmortemSchema));
const file = newPostmortemFile(checked.answers, taxonomies, docs);
const path = join(siteConfig.contentDir, 'postmortems', file.fileName).split('\\').join('/');

if (flags['dry-run']) {
  process.stdout.write(file.text);
  process.exit(0);
}
if (existsSync(join(root, path))) {
  fail(`new: ${path} already exists; nothing was written. Pick another name with --slug <slug>.`);
}

// The draft must pass the same check as every postmortem; refuse to write one that would not.
const result = checkArchive(
  { ...sources, postmortems: [...sources.postmortems, { path, text: file.text }] },
  { files: [path] },
);
const ownErrors = result.problems.filter((problem) => problem.severity === 'error' && problem.file === path);
if (ownErrors.length > 0) {
  fail(`new: the draft would not pass the check, so it was not written:\n${ownErrors.map(formatProblem).join('\n')}`);
}

mkdirSync(join(root, siteConfig.contentDir, 'postmortems'), { recursive: true });
try {
  writeFileSync(join(root, path), file.text, { flag: 'wx' });
} catch (error) {
  if ((error as { code?: string }).code === 'EEXIST') fail(`new: ${path} already exists; nothing was written.`);
  throw error;
}
console.log(path);
const devUrl = `http://localhost:4321${withBase(siteConfig.base, `postmortems/${file.id}/`)}`;
console.error(
  `\nWrote ${path} as a draft.\n${nextSteps({ path, placeholders: placeholdersInFile(file.text), devUrl })}`,
);
