/**
 * `npm run check`: validates every postmortem and taxonomy and prints each
 * problem as `path: field.path: message`. Exit 1 on any error.
 */
import { checkArchive, formatProblem } from '../lib/check/index.ts';
import { readArchiveSources } from '../lib/read-sources.ts';
import { resolveSiteConfig } from '../site-config.ts';

const { contentDir } = resolveSiteConfig();
const result = checkArchive(readArchiveSources({ root: process.cwd(), contentDir }));

for (const problem of result.problems) {
  const line = `${problem.severity === 'warning' ? 'warning: ' : ''}${formatProblem(problem)}`;
  (problem.severity === 'error' ? console.error : console.log)(line);
}
const files = result.postmortems.length;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
if (result.errorCount > 0) {
  console.error(`\n${plural(result.errorCount, 'error')} in ${plural(files, 'postmortem')}.`);
  process.exitCode = 1;
} else {
  console.log(
    `Checked ${plural(files, 'postmortem')} in ${contentDir}/: no errors${result.warningCount ? `, ${plural(result.warningCount, 'warning')}` : ''}.`,
  );
}
