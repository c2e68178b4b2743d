import type { Loader, LoaderContext } from 'astro/loaders';
import { relative } from 'node:path';
import { isInAudience, type AudienceRules } from '../lib/audience.ts';
import type { CheckResult } from '../lib/check/index.ts';
import { buildGateOf } from '../integration/build-gate.ts';

/**
 * Stores what the build gate accepted (a build with errors stops there, with
 * the check's lines); in dev, stores again when a content file changes.
 */
async function loadChecked(context: LoaderContext, store: (result: CheckResult) => Promise<void>): Promise<void> {
  const gate = buildGateOf(context.config);
  const sync = async () => store(await gate.accepted());
  await sync();
  if (!context.watcher) return;
  context.watcher.add(gate.contentRoot);
  const onChange = (path: string) => {
    if (relative(gate.contentRoot, path).startsWith('..')) return;
    sync().catch((error: Error) => context.logger.error(error.message));
  };
  for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, onChange);
}

/**
 * Postmortems as the check read them (id = file name), for the build's
 * audience only, so no page, feed or index can see the rest. A postmortem
 * with an error of its own is never stored, so its body is never compiled.
 */
export function postmortemLoader(rules: AudienceRules): Loader {
  return {
    name: 'hindsight-postmortems',
    load: (context) =>
      loadChecked(context, async (result) => {
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
export function taxonomyLoader(pick: (result: CheckResult) => readonly { id: string }[]): Loader {
  return {
    name: 'hindsight-taxonomy',
    load: (context) =>
      loadChecked(context, async (result) => {
        context.store.clear();
        for (const entry of pick(result)) {
          context.store.set({ id: entry.id, data: await context.parseData({ id: entry.id, data: { ...entry } }) });
        }
      }),
  };
}
