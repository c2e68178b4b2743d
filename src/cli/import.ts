/**
 * `npm run import -- <file.md> [...]`: turns postmortems written in the
 * common Markdown template into drafts in content/postmortems/, listing for
 * each what it guessed (TODO) and what it kept in the body unmapped. Never
 * overwrites a file. Run with --help for the options.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkArchive, formatProblem } from '../lib/check/index.ts';
import { placeholdersInFile } from '../lib/check/placeholder-rules.ts';
import { importPostmortem } from '../lib/import/import-postmortem.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import { checkIds, checkSeverity, checkSlug, checkTimeZone } from '../lib/scaffold/answers.ts';
import { fieldDocsMap, fieldReference } from '../lib/scaffold/field-reference.ts';
import { placeholderList } from '../lib/scaffold/next-steps.ts';
import { renderDraft } from '../lib/scaffold/render.ts';
import { taxonomiesFromSources } from '../lib/scaffold/taxonomies.ts';
import { postmortemSchema, type Severity } from '../schema/postmortem.ts';
import { resolveSiteConfig } from '../site-config.ts';

const USAGE = `Usage: npm run import -- <file.md> [file.md …] [options]

Turns postmortems written in the common Markdown template (Issue Summary,
Timeline, Root cause and resolution, Corrective and preventative measures)
into drafts in content/postmortems/. Every guess is marked TODO in the draft;
whatever could not be mapped is kept in its body. The options apply to every file.

  --timezone <IANA zone>   zone for the page, and for times written without one
  --date <YYYY-MM-DD>      incident date, when the document does not say
  --service <id>           affected service (repeatable); default: those the text names
  --team <id>              team (repeatable); default: the services' owners
  --severity <SEV1-4>      when the document does not say
  --root-cause <id>        root-cause category
  --author <name>          author (repeatable); default: the document's author line
  --slug <slug>            file name after the date (only with one file)
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
if (inputs.length === 0) usageError('name at least one Markdown file to import');
if (flags.slug && inputs.length > 1) usageError('--slug works with one file only');

const root = process.cwd();
const siteConfig = resolveSiteConfig();
const sources = readArchiveSources({ root, contentDir: siteConfig.contentDir });
const taxonomies = taxonomiesFromSources(sources);
const files = sources.taxonomyPaths;

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
  ? take(checkIds(flags.service, taxonomies.services, 'service', files.services, { required: true }))
  : undefined;
const teams = flags.team
  ? take(checkIds(flags.team, taxonomies.teams, 'team', files.teams, { required: false }))
  : undefined;
const rootCause = flags['root-cause']
  ? take(
      checkIds([flags['root-cause']], taxonomies.rootCauses, 'root-cause category', files.rootCauses, {
        required: true,
      }),
    )?.[0]
  : undefined;
const slug = take(checkSlug(flags.slug));
if (flags.date && !/^\d{4}-\d{2}-\d{2}$/.test(flags.date))
  optionProblems.push(`--date must be written YYYY-MM-DD, not "${flags.date}"`);
if (optionProblems.length > 0) usageError(optionProblems.join('\n'));

const schemaSources = ['postmortem.ts', 'taxonomy.ts'].map((file) =>
  readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8'),
);
const docs = fieldDocsMap(fieldReference(postmortemSchema, 'postmortemSchema', schemaSources));
const postmortemsDir = join(siteConfig.contentDir, 'postmortems');
let failed = 0;
let archive = sources;

for (const given of inputs) {
  // npm runs scripts from the project root; INIT_CWD is where the command was typed.
  const input = resolve(process.env.INIT_CWD ?? root, given);
  console.error(`\n${given}`);
  if (!existsSync(input)) {
    console.error(`  not imported: no such file`);
    failed++;
    continue;
  }
  const result = importPostmortem(readFileSync(input, 'utf8'), {
    fileName: basename(input),
    taxonomies,
    timezone,
    date: flags.date,
    severity,
    services,
    teams,
    rootCause,
    authors: flags.author,
  });
  if (!result.ok) {
    console.error(result.problems.map((problem) => `  not imported: ${problem}`).join('\n'));
    failed++;
    continue;
  }
  const id = slug ? `${result.id.slice(0, 10)}-${slug}` : result.id;
  const path = `${postmortemsDir}/${id}.mdx`.split('\\').join('/');
  const text = renderDraft(result.draft, docs);
  if (flags['dry-run']) {
    console.log(`--- ${path}\n${text}`);
    continue;
  }
  if (existsSync(join(root, path))) {
    console.error(
      `  not imported: ${path} already exists; nothing was written (pick another name with --slug, one file at a time)`,
    );
    failed++;
    continue;
  }
  // The draft must pass the same check as every postmortem, or it would break the build.
  const withDraft = { ...archive, postmortems: [...archive.postmortems, { path, text }] };
  const errors = checkArchive(withDraft, { files: [path] }).problems.filter(
    (problem) => problem.severity === 'error' && problem.file === path,
  );
  if (errors.length > 0) {
    console.error(
      `  not imported: the draft would not pass the check:\n${errors.map((error) => `    ${formatProblem(error)}`).join('\n')}`,
    );
    failed++;
    continue;
  }
  mkdirSync(join(root, postmortemsDir), { recursive: true });
  writeFileSync(join(root, path), text, { flag: 'wx' });
  archive = withDraft;
  console.log(path);
  const placeholders = placeholdersInFile(text);
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

const imported = inputs.length - failed;
console.error(
  `\nImported ${imported} of ${inputs.length} file${inputs.length === 1 ? '' : 's'}${flags['dry-run'] ? ' (dry run: nothing written)' : ''}.`,
);
if (failed > 0) process.exitCode = 1;
