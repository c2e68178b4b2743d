/**
 * `npm run sync`: asks GitHub (and Jira, when HINDSIGHT_JIRA_URL is set) about
 * every ticket an action item links to, and writes the answers to
 * content/tracker-state.json for the check and the build to compare.
 * Run with --help for the settings.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkArchiveInParallel } from '../lib/check/check-in-parallel.ts';
import { checkTrackerStateFile } from '../lib/check/tracker-state-file.ts';
import { formatProblem } from '../lib/check/index.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import { resolveTrackerConfig, type TrackerConfig } from '../lib/tracker/config.ts';
import { askGithub } from '../lib/tracker/github.ts';
import { askJira } from '../lib/tracker/jira.ts';
import { readTrackerLink } from '../lib/tracker/links.ts';
import { formatTrackerState } from '../lib/tracker/state-file.ts';
import { syncTrackerState, type AskTracker, type SyncTarget } from '../lib/tracker/sync.ts';
import { plural } from '../lib/words.ts';
import { TRACKER_STATE_FILE } from '../schema/tracker-state.ts';
import { resolveSiteConfig } from '../site-config.ts';

const USAGE = `Usage: npm run sync

Asks the trackers for the state and closing date of every GitHub issue or
pull request (and Jira issue) that an action item links to, and writes the
answers to ${TRACKER_STATE_FILE} in the content folder. \`npm run check\` and
the build then mark every action item whose postmortem and tracker disagree.

Settings (environment variables, all optional):
  GITHUB_TOKEN            GitHub token; without it GitHub allows only a few requests an hour
  HINDSIGHT_GITHUB_API    GitHub API root (default https://api.github.com)
  HINDSIGHT_JIRA_URL      Jira site whose /browse/KEY-123 links are synced, e.g. https://acme.atlassian.net
  HINDSIGHT_JIRA_API      Jira REST root, if not the site itself
  JIRA_EMAIL, JIRA_TOKEN  Jira Cloud: email and API token; Data Center: JIRA_TOKEN alone
  HINDSIGHT_CONTENT_DIR   content folder (default content)

Exit status: 0 when every ticket answered, 1 when some did not (the file
still holds every answer received, and earlier answers for the others),
2 on a usage mistake.`;

let values: { help: boolean };
try {
  values = parseArgs({ options: { help: { type: 'boolean', short: 'h', default: false } } }).values;
} catch (error) {
  console.error(`sync: ${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

let config: TrackerConfig;
try {
  config = resolveTrackerConfig();
} catch (error) {
  console.error(`sync: ${(error as Error).message}`);
  process.exit(2);
}

const root = process.cwd();
const { contentDir } = resolveSiteConfig();
const statePath = join(contentDir, TRACKER_STATE_FILE).split('\\').join('/');
const sources = readArchiveSources({ root, contentDir });

const previous = checkTrackerStateFile(sources.trackerState);
for (const problem of previous.problems) console.error(formatProblem(problem));
if (previous.problems.length > 0)
  console.error(`${statePath} is not valid; writing it afresh from the trackers' answers.`);

// Links are read from the postmortems that pass the schema; the check reports the others.
const checked = await checkArchiveInParallel(sources);
const targets: SyncTarget[] = [];
const notSyncable: string[] = [];
for (const postmortem of checked.postmortems) {
  for (const item of postmortem.data?.actionItems ?? []) {
    if (!item.link) continue;
    const reading = readTrackerLink(item.link, config.jira?.siteUrl);
    if (reading?.syncable) targets.push({ link: item.link, ticket: reading.ticket });
    else if (reading) notSyncable.push(`${postmortem.file}: "${item.title}": ${item.link} ${reading.reason}`);
  }
}
const invalid = checked.postmortems.filter((postmortem) => !postmortem.data).length;
if (invalid > 0)
  console.error(`${plural(invalid, 'postmortem')} did not pass the check and were skipped; run npm run check.`);
for (const line of notSyncable) console.log(`not syncable: ${line}`);

if (targets.length === 0 && !sources.trackerState) {
  console.log(
    `No action item links to a GitHub issue or pull request${config.jira ? ' or a Jira issue' : ''}; nothing to sync.`,
  );
  process.exit(0);
}

const ask: AskTracker = (ticket) => {
  if (ticket.tracker === 'github') return askGithub(ticket, config.github);
  // Jira links are recognised only when Jira is configured.
  return askJira(ticket, config.jira!);
};
const { state, outcomes } = await syncTrackerState(targets, previous.state, ask, { jiraUrl: config.jira?.siteUrl });

let failed = 0;
for (const outcome of outcomes) {
  if (outcome.ok) {
    const { answer } = outcome;
    const closed = answer.closedAt ? ` on ${answer.closedAt.slice(0, 10)}` : '';
    const words = answer.resolution ? ` (${answer.resolution})` : '';
    console.log(`${outcome.changed ? 'changed' : 'same   '} ${outcome.link}: ${answer.state}${closed}${words}`);
  } else {
    failed++;
    const kept = outcome.kept ? `; keeping the answer of ${outcome.kept.fetchedAt}` : '; no answer stored';
    console.error(`failed  ${outcome.link}: ${outcome.problem.message}${kept}`);
  }
}

writeFileSync(resolve(root, statePath), formatTrackerState(state));
const summary = `Synced ${outcomes.length - failed} of ${plural(outcomes.length, 'linked ticket')} into ${statePath}`;
if (failed > 0) {
  console.error(`${summary}; ${failed} failed.`);
  if (!config.github.token && outcomes.some((o) => !o.ok && o.problem.kind === 'rate-limited')) {
    console.error('Set GITHUB_TOKEN for a higher GitHub rate limit.');
  }
  process.exitCode = 1;
} else {
  console.log(`${summary}. Run npm run check to see where postmortems and trackers disagree.`);
}
