/** The writing guide's data: its Markdown prose, the archive's settings and taxonomies, through src/lib/pages/guide.ts. */
import config from 'virtual:hindsight/config';
import * as check from '../guide/check.md';
import * as fields from '../guide/fields.md';
import * as importing from '../guide/import.md';
import * as intro from '../guide/intro.md';
import * as steps from '../guide/steps.md';
import * as taxonomyFields from '../guide/taxonomy-fields.md';
import * as writing from '../guide/writing.md';
import { guidePageData, type GuidePageData, type GuideSources } from '../lib/pages/guide.ts';
import { loadArchive } from './archive.ts';

const MARKDOWN = { intro, steps, writing, check, fields, taxonomyFields, import: importing };

export async function loadGuidePage(): Promise<GuidePageData> {
  const compiled = await Promise.all(
    Object.entries(MARKDOWN).map(async ([name, file]) => [name, await file.compiledContent()] as const),
  );
  return guidePageData({
    sources: Object.fromEntries(compiled) as unknown as GuideSources,
    title: config.title,
    contentDir: config.contentDir,
    taxonomies: await loadArchive(),
  });
}
