import type { Loader, LoaderContext } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isInAudience, type AudienceRules } from '../lib/audience.ts';
import { contentError } from '../lib/check/content-error.ts';
import type { CheckResult } from '../lib/check/index.ts';
import { checkedArchive, forgetCheckedArchive } from './checked-archive.ts';

export interface ArchiveLoaderOptions {
  contentDir: string;
  /** `astro dev` keeps serving, and shows the check's problems in the browser instead of stopping. */
  isDev: boolean;
}

/**
 * Runs the check and stops the build on any error, with the check's lines;
 * in dev, reloads when a content file changes.
 */
async function loadChecked(
  context: LoaderContext,
  { contentDir, isDev }: ArchiveLoaderOptions,
  store: (result: CheckResult) => Promise<void>,
): Promise<void> {
  const root = fileURLToPath(context.config.root);
  const sync = async () => {
    const result = await checkedArchive(root, contentDir, (line) => context.logger.info(line));
    if (result.errorCount > 0 && !isDev) throw contentError(result.problems);
    await store(result);
  };
  await sync();
  if (!context.watcher) return;
  const contentRoot = resolve(root, contentDir);
  context.watcher.add(contentRoot);
  const onChange = (path: string) => {
    if (relative(contentRoot, path).startsWith('..')) return;
    forgetCheckedArchive();
    sync().catch((error: Error) => context.logger.error(error.message));
  };
  for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, onChange);
}

/**
 * Postmortems as the check read them (id = file name), for the build's
 * audience only, so no page, feed or index can see the rest. A postmortem
 * with an error of its own is never stored, so its body is never compiled.
 */
export function postmortemLoader(options: ArchiveLoaderOptions, rules: AudienceRules): Loader {
  return {
    name: 'hindsight-postmortems',
    load: (context) =>
      loadChecked(context, options, async (result) => {
        context.store.clear();
        for (const postmortem of result.postmortems) {
          const { data, raw, split } = postmortem;
          if (!data || !raw || !split || postmortem.problems.length > 0 || !isInAudience(data, rules)) continue;
          context.store.set({
            id: postmortem.id,
            data: await context.parseData({ id: postmortem.id, data: raw }),
            body: split.body,
            filePath: postmortem.file,
            digest: context.generateDigest(`${split.yaml}\0${split.body}`),
            deferredRender: true,
          });
        }
      }),
  };
}

/** One taxonomy (services, teams or root causes) as the check read it. */
export function taxonomyLoader(
  options: ArchiveLoaderOptions,
  pick: (result: CheckResult) => readonly { id: string }[],
): Loader {
  return {
    name: 'hindsight-taxonomy',
    load: (context) =>
      loadChecked(context, options, async (result) => {
        context.store.clear();
        for (const entry of pick(result)) {
          context.store.set({ id: entry.id, data: await context.parseData({ id: entry.id, data: { ...entry } }) });
        }
      }),
  };
}
