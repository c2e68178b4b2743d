/**
 * `npm run import -- <file.md | folder> [...]`: turns postmortems written in
 * Markdown into drafts in content/postmortems/, listing for each what it
 * guessed (TODO) and what it kept in the body unmapped, and ending with a
 * table of every file. Never overwrites a file. Run with --help for the options.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkArchive, formatProblem } from '../lib/check/index.ts';
import { placeholdersInFile } from '../lib/check/placeholder-rules.ts';
import { importPostmortem, type ImportOptions } from '../lib/import/import-postmortem.ts';
import { importTable, type ImportRow } from '../lib/import/report.ts';
import { taxonomyYaml, type SuggestedEntry } from '../lib/import/taxonomy-match.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import { checkIds, checkSeverity, checkSlug, checkTimeZone } from '../lib/scaffold/answers.ts';
import { fieldDocsMap, fieldReference } from '../lib/scaffold/field-reference.ts';
import { placeholderList } from '../lib/scaffold/next-steps.ts';
import { renderDraft } from '../lib/scaffold/render.ts';
import { taxonomiesFromSources } from '../lib/scaffold/taxonomies.ts';
import { isRealDateText } from '../lib/time/validity.ts';
import { postmortemSchema } from '../schema/postmortem.ts';
import { type Severity } from '../schema/vocabulary.ts';
import { resolveSiteConfig } from '../site-config.ts';

const USAGE = `Usage: npm run import -- <file.md | folder> [more …] [options]

Turns postmortems written in Markdown (the common Issue Summary / Timeline /
Root cause and resolution / Corrective and preventative measures template, or
your own) into drafts in content/postmortems/. A folder imports every .md file
in it. Every guess is marked TODO in the draft; whatever could not be mapped is
kept in its body. A document that is not a postmortem is refused with the
reason. The options apply to every file.

  --timezone <IANA zone>   zone for the page, and for times written without one
  --date <YYYY-MM-DD>      incident date, when the document does not say
  --service <id>           affected service (repeatable); default: those the text names
  --team <id>              team (repeatable); default: the services' owners
  --severity <SEV1-4>      when the document does not say
  --root-cause <id>        root-cause category
  --author <name>          author (repeatable); default: the document's author line
  --slug <slug>            file name after the date (only with one file)
  --add-taxonomy           append the services and teams the documents name, and
                           services.yaml / teams.yaml lack, to those files
  --report <file.json>     also write what happened to each file as JSON
  --dry-run                print the drafts instead of writing them
  -h, --help               show this help

Exit status: 0 when every file was imported, 1 when any was not, 2 on a usage mistake.`;

function usageError(message: string): never {
  console.error(`import: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      timezone: { type: 'string' },
      date: { type: 'string' },
      service: { type: 'string', multiple: true },
      team: { type: 'string', multiple: true },
      severity: { type: 'string' },
      'root-cause': { type: 'string' },
      author: { type: 'string', multiple: true },
      slug: { type: 'string' },
      report: { type: 'string' },
      'add-taxonomy': { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  parsed = parse();
} catch (error) {
  usageError((error as Error).message);
}
const { values: flags, positionals: inputs } = parsed;
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}
if (inputs.length === 0) usageError('name at least one Markdown file or folder to import');

// npm runs scripts from the project root; INIT_CWD is where the command was typed.
const typedIn = process.env.INIT_CWD ?? process.cwd();
/** Each input as files: a folder gives its .md files, in name order. */
const files: { given: string; path: string }[] = inputs.flatMap((given) => {
  const path = resolve(typedIn, given);
  if (existsSync(path) && statSync(path).isDirectory()) {
    return readdirSync(path)
      .filter((name) => /\.(md|markdown)$/i.test(name) && statSync(join(path, name)).isFile())
      .sort()
      .map((name) => ({ given: join(given, name), path: join(path, name) }));
  }
  return [{ given, path }];
});
if (flags.slug && files.length > 1) usageError('--slug works with one file only');

const root = process.cwd();
const siteConfig = resolveSiteConfig();
const sources = readArchiveSources({ root, contentDir: siteConfig.contentDir });
const taxonomies = taxonomiesFromSources(sources);
const taxonomyFiles = sources.taxonomyPaths;

// Options are checked once, up front, with the same messages as npm run new.
const optionProblems: string[] = [];
const take = <T>(result: { ok: true; value: T } | { ok: false; message: string }): T | undefined => {
  if (result.ok) return result.value;
  optionProblems.push(result.message);
  return undefined;
};
const timezone = flags.timezone ? take(checkTimeZone(flags.timezone)) : undefined;
const severity: Severity | undefined = flags.severity ? take(checkSeverity(flags.severity)) : undefined;
const services = flags.service
  ? take(checkIds(flags.service, taxonomies.services, 'service', taxonomyFiles.services, { required: true }))
  : undefined;
const teams = flags.team
  ? take(checkIds(flags.team, taxonomies.teams, 'team', taxonomyFiles.teams, { required: false }))
  : undefined;
const rootCause = flags['root-cause']
  ? take(
      checkIds([flags['root-cause']], taxonomies.rootCauses, 'root-cause category', taxonomyFiles.rootCauses, {
        required: true,
      }),
    )?.[0]
  : undefined;
const slug = take(checkSlug(flags.slug));
if (flags.date && !isRealDateText(flags.date))
  optionProblems.push(`--date must be a real date written YYYY-MM-DD, not "${flags.date}"`);
if (optionProblems.length > 0) usageError(optionProblems.join('\n'));

const docs = fieldDocsMap(fieldReference(postmortemSchema));
const postmortemsDir = join(siteConfig.contentDir, 'postmortems');
const epoch = process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now();
const today = new Date(epoch).toISOString().slice(0, 10);
let archive = sources;
const rows: ImportRow[] = [];

/** Appends suggested entries to a taxonomy file, once per id, and returns the ids now known. */
function addToTaxonomy(kind: 'services' | 'teams', entries: readonly SuggestedEntry[], from: string): string[] {
  const file = archive[kind];
  const known = new Set(taxonomiesFromSources(archive)[kind].map((entry) => entry.id));
  const fresh = entries.filter((entry) => !known.has(entry.id));
  if (fresh.length > 0) {
    const path = sources.taxonomyPaths[kind];
    const text = `${file?.text ?? ''}${file?.text && !file.text.endsWith('\n') ? '\n' : ''}${taxonomyYaml(fresh, from)}`;
    if (!flags['dry-run']) {
      mkdirSync(join(root, siteConfig.contentDir), { recursive: true });
      if (file) appendFileSync(join(root, path), text.slice(file.text.length));
      else writeFileSync(join(root, path), text);
    }
    archive = { ...archive, [kind]: { path, text } };
    console.error(`  added to ${path}: ${fresh.map((entry) => entry.id).join(', ')}`);
  }
  return entries.map((entry) => entry.id);
}

for (const { given, path: input } of files) {
  console.error(`\n${given}`);
  const row: ImportRow = { file: given, draft: undefined, eventsRead: 0, todos: 0 };
  rows.push(row);
  if (!existsSync(input)) {
    row.problem = 'no such file';
    console.error(`  not imported: no such file`);
    continue;
  }
  const text = readFileSync(input, 'utf8');
  const options: ImportOptions = {
    fileName: basename(input),
    taxonomies: taxonomiesFromSources(archive),
    timezone,
    date: flags.date,
    today,
    severity,
    services,
    teams,
    rootCause,
    authors: flags.author,
  };
  let result = importPostmortem(text, options);
  if (
    result.ok &&
    flags['add-taxonomy'] &&
    (result.suggested.services.length > 0 || result.suggested.teams.length > 0)
  ) {
    const addedServices = addToTaxonomy('services', result.suggested.services, basename(input));
    const addedTeams = addToTaxonomy('teams', result.suggested.teams, basename(input));
    const taxonomies = taxonomiesFromSources(archive);
    result = importPostmortem(text, {
      ...options,
      taxonomies,
      services: services ?? [...new Set([...result.draft.services.value, ...addedServices])],
      teams: teams ?? (addedTeams.length > 0 ? [...new Set([...result.draft.teams.value, ...addedTeams])] : undefined),
    });
  }
  if (!result.ok) {
    row.problem = result.problems.join('; ');
    console.error(result.problems.map((problem) => `  not imported: ${problem}`).join('\n'));
    continue;
  }
  row.eventsRead = result.stats.eventsRead;
  row.milestones = result.stats.milestones;
  row.suggested = result.suggested;
  const baseId = slug ? `${result.id.slice(0, 10)}-${slug}` : result.id;
  // Two documents of one run can share a date and a title: the second gets a number. A file that was
  // there before the run is never overwritten, and not duplicated either: the import stops for it.
  const writtenThisRun = (candidate: string) =>
    rows.some((other) => other.draft === `${postmortemsDir}/${candidate}.mdx`.split('\\').join('/'));
  const taken = (candidate: string) => writtenThisRun(candidate);
  let id = baseId;
  for (let number = 2; !slug && taken(id) && number < 100; number++) id = `${baseId}-${number}`;
  const path = `${postmortemsDir}/${id}.mdx`.split('\\').join('/');
  const draftText = renderDraft(result.draft, docs);
  row.todos = placeholdersInFile(draftText).length;
  if (result.suggested.services.length + result.suggested.teams.length > 0 && !flags['add-taxonomy']) {
    const suggestion = [
      ...(result.suggested.services.length > 0
        ? [
            `  # ${sources.taxonomyPaths.services}`,
            ...taxonomyYaml(result.suggested.services, basename(input))
              .trimEnd()
              .split('\n')
              .map((line) => `  ${line}`),
          ]
        : []),
      ...(result.suggested.teams.length > 0
        ? [
            `  # ${sources.taxonomyPaths.teams}`,
            ...taxonomyYaml(result.suggested.teams, basename(input))
              .trimEnd()
              .split('\n')
              .map((line) => `  ${line}`),
          ]
        : []),
    ];
    console.error(
      `  Named but not in the taxonomy (suggested entries; --add-taxonomy appends them):\n${suggestion.map((line) => `  ${line}`).join('\n')}`,
    );
  }
  if (flags['dry-run']) {
    row.draft = path;
    console.log(`--- ${path}\n${draftText}`);
    continue;
  }
  if (existsSync(join(root, path)) || archive.postmortems.some((file) => file.path === path)) {
    row.problem = `${path} already exists`;
    console.error(
      `  not imported: ${path} already exists; nothing was written (pick another name with --slug, one file at a time)`,
    );
    continue;
  }
  // The draft must pass the same check as every postmortem, or it would break the build.
  const withDraft = { ...archive, postmortems: [...archive.postmortems, { path, text: draftText }] };
  const errors = checkArchive(withDraft, { files: [path] }).problems.filter(
    (problem) => problem.severity === 'error' && problem.file === path,
  );
  if (errors.length > 0) {
    row.problem = 'the draft would not pass the check';
    console.error(
      `  not imported: the draft would not pass the check:\n${errors.map((error) => `    ${formatProblem(error)}`).join('\n')}`,
    );
    continue;
  }
  mkdirSync(join(root, postmortemsDir), { recursive: true });
  writeFileSync(join(root, path), draftText, { flag: 'wx' });
  archive = withDraft;
  row.draft = path;
  console.log(path);
  const placeholders = placeholdersInFile(draftText);
  console.error(`  wrote ${path} (draft)`);
  if (result.unmapped.length > 0) {
    console.error(
      `  Kept in the body as written (not mapped to fields):\n${result.unmapped.map((item) => `    - ${item}`).join('\n')}`,
    );
  }
  if (result.notes.length > 0) console.error(`  Notes:\n${result.notes.map((note) => `    - ${note}`).join('\n')}`);
  console.error(
    `  To finish (${placeholders.length} TODOs):\n${placeholderList(path, placeholders, '    ').join('\n')}`,
  );
}

const imported = rows.filter((row) => row.draft).length;
console.error(`\n${importTable(rows)}`);
console.error(
  `\nImported ${imported} of ${rows.length} file${rows.length === 1 ? '' : 's'}${flags['dry-run'] ? ' (dry run: nothing written)' : ''}.`,
);
if (flags.report) {
  const reportPath = resolve(typedIn, flags.report);
  writeFileSync(reportPath, `${JSON.stringify({ imported, files: rows }, null, 2)}\n`);
  console.error(`Report written to ${flags.report}.`);
}
if (imported < rows.length) process.exitCode = 1;
