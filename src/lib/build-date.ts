/**
 * The date the archive is built "as of" (YYYY-MM-DD, UTC), used for overdue
 * action items. SOURCE_DATE_EPOCH pins it, so a rebuild is reproducible.
 */
export function buildDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return when.toISOString().slice(0, 10);
}
