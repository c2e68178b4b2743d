/** Which postmortems a build contains, decided once where the collection is loaded. */

export type Audience = 'internal' | 'public';

export interface AudienceRules {
  audience: Audience;
  /** `npm run dev` shows drafts and postmortems in review, marked as such. */
  includeUnpublished: boolean;
}

/**
 * Fails closed: anything that is not exactly `published` (or exactly `public`
 * for a public build) is left out.
 */
export function isInAudience(entry: { status?: unknown; visibility?: unknown }, rules: AudienceRules): boolean {
  if (!rules.includeUnpublished && entry.status !== 'published') return false;
  if (rules.audience === 'public' && entry.visibility !== 'public') return false;
  return true;
}
