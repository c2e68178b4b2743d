import type { Loader } from 'astro/loaders';
import { checkError, type CheckSummary } from '../integration/check-summary.ts';

/** Where the build's integration leaves the check it started (a separate module graph shares globalThis). */
export const PENDING_CHECK = Symbol.for('hindsight.pending-check');

/**
 * When a collection fails to load, the check (running beside it) explains the
 * failure in its own words: the build then stops with exactly the messages of
 * `npm run check`, not the loader's.
 */
export function checkFirst(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        const pending = (globalThis as Record<symbol, Promise<CheckSummary> | undefined>)[PENDING_CHECK];
        const check = pending ? await pending : undefined;
        if (check && check.errorLines.length > 0) throw checkError(check);
        throw error;
      }
    },
  };
}
