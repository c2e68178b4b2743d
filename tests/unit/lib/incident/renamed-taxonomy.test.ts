/**
 * Renaming or merging taxonomy entries in the example archive, with the old
 * ids kept as formerIds and every postmortem left as it was: the charts count
 * exactly what they counted before, under the new id.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkArchive } from '../../../../src/lib/check/index.ts';
import { toInsightIncident } from '../../../../src/lib/incident/insight-record.ts';
import { insightsFigures } from '../../../../src/lib/insights/figures.ts';
import { insightsView } from '../../../../src/lib/insights/view.ts';
import { readArchiveSources } from '../../../../src/lib/read-sources.ts';
import { archiveFromContent } from '../../../support/content-archive.ts';
import { PROJECT_ROOT } from '../../../support/fixture-build.ts';

const TODAY = '2026-11-27';
const example = join(PROJECT_ROOT, 'content');
const copies: string[] = [];

/** A copy of the example content with one taxonomy file edited. */
function editedCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hindsight-rename-'));
  copies.push(dir);
  cpSync(example, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(path, after);
  return dir;
}

function figuresOf(contentDir: string) {
  const archive = archiveFromContent(contentDir);
  const view = insightsView(archive.incidents.map(toInsightIncident), { today: TODAY, names: archive.names });
  return { archive, figures: insightsFigures(view) };
}

afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('renaming a root-cause category with formerIds', () => {
  const before = figuresOf(example);
  const renamed = editedCopy('root-causes.yaml', (text) =>
    text.replace('- id: certificate-expiry\n', '- id: expired-credential\n  formerIds: [certificate-expiry]\n'),
  );
  const after = figuresOf(renamed);

  it('keeps every chart and table of the insights as it was', () => {
    expect(after.figures.incidents).toBe(25);
    expect(after.figures).toEqual(before.figures);
  });

  it('files the incidents under the new id, and the old id nowhere', () => {
    const under = (archive: typeof before.archive, id: string) => archive.byRootCause.get(id)?.map((i) => i.id) ?? [];
    expect(under(after.archive, 'expired-credential')).toEqual(under(before.archive, 'certificate-expiry'));
    expect(under(after.archive, 'expired-credential')).toHaveLength(3);
    expect(after.archive.byRootCause.has('certificate-expiry')).toBe(false);
  });

  it('warns in each postmortem that still names the old id, and nowhere else', () => {
    const result = checkArchive(readArchiveSources({ root: PROJECT_ROOT, contentDir: renamed }));
    const users = before.archive.incidents.filter(
      (incident) =>
        incident.data.rootCause.category === 'certificate-expiry' ||
        (incident.data.contributingFactors ?? []).includes('certificate-expiry'),
    );
    const warnings = result.problems.filter((problem) =>
      problem.message.includes('was renamed to "expired-credential"'),
    );
    expect(result.errorCount).toBe(0);
    expect(new Set(warnings.map((warning) => warning.file.split('/').pop()))).toEqual(
      new Set(users.map((incident) => `${incident.id}.mdx`)),
    );
  });
});

describe('merging two root-cause categories with formerIds', () => {
  const before = figuresOf(example);
  // deploy-process folds into config-change: its entry goes, its id stays as a former id.
  const merged = editedCopy('root-causes.yaml', (text) =>
    text
      .replace(/- id: deploy-process\n(  .*\n)+/, '')
      .replace('- id: config-change\n', '- id: config-change\n  formerIds: [deploy-process]\n'),
  );
  const after = figuresOf(merged);
  const rowOf = (figures: typeof before.figures, name: string) =>
    figures.tables.rootCauses!.rows.find((row) => row[0] === name);

  it('counts the merged incidents under the one that remains, and the total stays', () => {
    const sum = (figures: typeof before.figures) =>
      figures.tables.rootCauses!.rows.reduce((total, row) => total + Number(row[1]), 0);
    expect(rowOf(after.figures, 'Configuration change')![1]).toBe(
      Number(rowOf(before.figures, 'Configuration change')![1]) +
        Number(rowOf(before.figures, 'Deployment process')![1]),
    );
    expect(rowOf(after.figures, 'Deployment process')).toBeUndefined();
    expect(sum(after.figures)).toBe(sum(before.figures));
    expect(after.figures.incidents).toBe(before.figures.incidents);
    // Durations don't depend on categories; repeats may rise, as two categories are now one.
    const stat = (figures: typeof before.figures, key: string) => figures.stats.find((tile) => tile.key === key);
    expect(stat(after.figures, 'ttd')).toEqual(stat(before.figures, 'ttd'));
    expect(stat(after.figures, 'ttm')).toEqual(stat(before.figures, 'ttm'));
  });
});

describe('renaming a service with formerIds', () => {
  it('keeps the service ranking and every total', () => {
    const before = figuresOf(example);
    const after = figuresOf(
      editedCopy('services.yaml', (text) =>
        text.replace('- id: storefront-web\n', '- id: storefront\n  formerIds: [storefront-web]\n'),
      ),
    );
    expect(after.figures).toEqual(before.figures);
    expect(after.archive.incidents.filter((incident) => incident.data.services.includes('storefront'))).toHaveLength(
      before.archive.incidents.filter((incident) => incident.data.services.includes('storefront-web')).length,
    );
  });
});
