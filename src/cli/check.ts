/**
 * `npm run check`: validates every postmortem and taxonomy and prints each
 * problem as `path: field.path: message`: every error first, then the
 * warnings (prefixed `warning: `) of the files you are working on, then one
 * line summing up the other files' warnings. With `--format github`, every
 * problem as a GitHub annotation. Exit 1 on any error.
 * Run with --help for the options.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildDate } from '../lib/build-date.ts';
import { changedFiles, changesTheCheck } from '../lib/check/changed-files.ts';
import { escapeData, formatGithubAnnotation, formatStepSummary } from '../lib/check/github-annotations.ts';
import { checkArchiveInParallel } from '../lib/check/check-in-parallel.ts';
import { formatProblem, type Problem } from '../lib/check/index.ts';
import { recurrenceReview } from '../lib/check/recurrence-review.ts';
import { otherWarningsLine, textReport } from '../lib/check/text-report.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import { isRealDateText } from '../lib/time/validity.ts';
import { resolveSiteConfig } from '../site-config.ts';
import { plural } from '../lib/words.ts';

const USAGE = `Usage: npm run check -- [options] [file …]

Checks every postmortem and taxonomy, or only the files given (cross-file
rules, such as references and aliases, always cover the whole archive).

Options:
  --format text|github  plain lines (default), or GitHub annotations for pull requests
  --strict              treat warnings as errors
  --changed             check only the files changed since the merge base with origin/main
  --base <ref>          compare with this ref instead of origin/main (implies --changed)
  --today <YYYY-MM-DD>  judge overdue action items as of this date (default: today, or SOURCE_DATE_EPOCH)
  --warnings            list every file's warnings, not only those of your files
  --recurrence-days <n> how far back the recurrence review looks (default ${resolveSiteConfig().recurrenceDays}; HINDSIGHT_RECURRENCE_DAYS)
  -h, --help            show this help

Errors come first. Then the warnings of your files: those named, or else
those changed since the merge base with origin/main (or main), committed or
not; the other files' warnings are summed up in one line. Outside git every
warning is listed. --format github annotates every problem.

The recurrence review adds a notice to each of your postmortems (outside git,
name them) that repeats an earlier incident: the same root cause or a contributing factor, on the same
service or team, within the window; with that incident's action items that
are still unfinished. Notices never fail the check.

Exit status: 0 when there are no errors, 1 when there are, 2 on a usage mistake.`;

function usageError(message: string): never {
  console.error(`check: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let args: ReturnType<typeof parseCommandLine>;
function parseCommandLine() {
  return parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      strict: { type: 'boolean', default: false },
      changed: { type: 'boolean', default: false },
      base: { type: 'string' },
      today: { type: 'string' },
      warnings: { type: 'boolean', default: false },
      'recurrence-days': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parseCommandLine();
} catch (error) {
  usageError((error as Error).message);
}
const { values, positionals } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const format = values.format;
if (format !== 'text' && format !== 'github') usageError(`--format must be "text" or "github", not "${format}"`);
if (values.today !== undefined && !isRealDateText(values.today)) {
  usageError(`--today must be a real date written YYYY-MM-DD, not "${values.today}"`);
}

const recurrenceDays = values['recurrence-days'] ?? String(resolveSiteConfig().recurrenceDays);
if (!/^\d+$/.test(recurrenceDays))
  usageError(`--recurrence-days must be a whole number of days, not "${recurrenceDays}"`);

const root = process.cwd();
const { contentDir } = resolveSiteConfig();
const sources = readArchiveSources({ root, contentDir });
// npm runs scripts from the project root; INIT_CWD is where the command was typed.
const toProjectPath = (file: string) =>
  relative(root, resolve(process.env.INIT_CWD ?? root, file))
    .split('\\')
    .join('/');
const archiveFiles = new Set([
  ...sources.postmortems.map((source) => source.path),
  ...sources.strayFiles,
  ...Object.values(sources.taxonomyPaths).map((path) => path.split('\\').join('/')),
]);

const notes: string[] = [];
let files: string[] | undefined;
let scopeLabel = '';

if (positionals.length > 0) {
  files = positionals.map((file) => {
    const path = toProjectPath(file);
    if (!existsSync(resolve(root, path))) usageError(`no such file: ${file}`);
    if (!archiveFiles.has(path)) {
      usageError(`${file} is not a postmortem or taxonomy file of the archive in ${contentDir}/`);
    }
    return path;
  });
}

const git = (gitArgs: string[]) =>
  execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

if (values.changed || values.base !== undefined) {
  const changed = changedFiles(git, values.base);
  if (!changed.ok) {
    notes.push(`--changed: ${changed.reason}; checking every file instead.`);
    files = undefined;
  } else if (changesTheCheck(changed.files).length > 0) {
    notes.push(
      `--changed: ${changesTheCheck(changed.files).slice(0, 3).join(', ')} changed, which can change what the check accepts; checking every file.`,
    );
    files = undefined;
  } else {
    files = [...new Set([...(files ?? []), ...changed.files.filter((file) => archiveFiles.has(file))])];
    scopeLabel = ` changed since ${changed.base}`;
  }
}

const today = values.today ?? buildDate();
const result = await checkArchiveInParallel(sources, {
  today,
  files,
  strict: values.strict,
});

const total = result.postmortems.length;
const checked = result.checkedPostmortems.length;
const checkedLabel = files ? `${checked} of ${plural(total, 'postmortem')}${scopeLabel}` : plural(total, 'postmortem');

/**
 * The files this change is about: those named on the command line, else the
 * files changed since the merge base; undefined when git cannot tell. Your
 * warnings are listed for them (every warning when undefined), and the
 * recurrence review speaks to them (to none when undefined: a notice on every
 * repeat in the archive would bury the ones a change is about).
 */
function filesOfThisChange(): ((file: string) => boolean) | undefined {
  const changed = files ? { ok: true as const, files } : changedFiles(git);
  if (!changed.ok) return undefined;
  const named = new Set(changed.files);
  return (file) => named.has(file);
}
const ofThisChange = filesOfThisChange();
if (!ofThisChange) {
  notes.push(
    'The recurrence review needs to know which postmortems are yours, and git cannot tell here: name them (npm run check -- <file>) to review them.',
  );
}
const notices = ofThisChange
  ? recurrenceReview(result, { today, windowDays: Number(recurrenceDays), isReviewed: ofThisChange })
  : [];

for (const note of notes) {
  if (format === 'github') console.log(`::notice title=check::${escapeData(note)}`);
  else console.error(note);
}
let summedLine: string | undefined;
if (format === 'github') {
  // Annotations go on the files' lines, where GitHub shows them; their order does not matter there.
  for (const problem of result.problems) console.log(formatGithubAnnotation(problem));
  for (const notice of notices) console.log(formatGithubAnnotation(notice));
} else {
  const report = textReport(result.problems, values.warnings ? undefined : ofThisChange);
  for (const problem of report.errors) console.error(formatProblem(problem));
  for (const problem of report.listed) console.log(`warning: ${formatProblem(problem)}`);
  summedLine = otherWarningsLine(report.summed);
  if (summedLine) console.log(summedLine);
  for (const notice of notices) console.log(`notice: ${formatProblem(notice)}`);
}

const strictNote = values.strict && result.problems.length > 0 ? ' (--strict: warnings count as errors)' : '';
let headline: string;
if (result.errorCount > 0) {
  if (result.warningCount > 0 && !summedLine) console.log(`\n${plural(result.warningCount, 'warning')}.`);
  headline = `${plural(result.errorCount, 'error')} in ${plural(files ? checked : total, 'postmortem')}${strictNote}.`;
  console.error(`\n${headline}`);
  process.exitCode = 1;
} else {
  headline = `Checked ${checkedLabel} in ${contentDir}/: no errors${result.warningCount ? `, ${plural(result.warningCount, 'warning')}` : ''}.`;
  console.log(headline);
}

const summaryFile = process.env.GITHUB_STEP_SUMMARY;
if (format === 'github' && summaryFile) appendFileSync(summaryFile, formatStepSummary(result.problems, headline));
