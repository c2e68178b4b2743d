import { RECURRENCE_REVIEW_DAYS } from './lib/incident/recurrence-links.ts';

/**
 * The archive's settings, in one place. Edit the defaults below, or override
 * any of them with an environment variable (handy in CI).
 */
export interface SiteConfig {
  /** Archive name, shown in the header and page titles. HINDSIGHT_TITLE */
  title: string;
  /** Absolute URL the archive is served from, for canonical links and feeds. HINDSIGHT_SITE */
  site: string;
  /** Path prefix when served below the host's root, e.g. "/postmortems/". HINDSIGHT_BASE */
  base: string;
  /** Web URL of the repository holding the postmortems; enables "edit" links. HINDSIGHT_REPOSITORY_URL */
  repositoryUrl?: string;
  /** Branch the edit links open. HINDSIGHT_REPOSITORY_BRANCH */
  repositoryBranch: string;
  /** Folder holding postmortems/ and the taxonomies, relative to the project root. HINDSIGHT_CONTENT_DIR */
  contentDir: string;
  /** "internal" builds every published postmortem; "public" only the public ones. HINDSIGHT_AUDIENCE */
  audience: 'internal' | 'public';
  /** Days back the recurrence review looks for an earlier incident of the same cause. HINDSIGHT_RECURRENCE_DAYS */
  recurrenceDays: number;
}

const defaults: SiteConfig = {
  title: 'Tidewater incident archive',
  site: 'https://incidents.tidewater.example',
  base: '/',
  repositoryUrl: undefined,
  repositoryBranch: 'main',
  contentDir: 'content',
  audience: 'internal',
  recurrenceDays: RECURRENCE_REVIEW_DAYS,
};

/** The defaults with environment overrides applied. */
export function resolveSiteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
  const pick = (name: string, fallback: string) => (env[name]?.trim() ? env[name]!.trim() : fallback);
  const audience = pick('HINDSIGHT_AUDIENCE', defaults.audience);
  if (audience !== 'internal' && audience !== 'public') {
    throw new Error(`HINDSIGHT_AUDIENCE must be "internal" or "public", not "${audience}"`);
  }
  const base = pick('HINDSIGHT_BASE', defaults.base);
  const recurrenceDays = pick('HINDSIGHT_RECURRENCE_DAYS', String(defaults.recurrenceDays));
  if (!/^\d+$/.test(recurrenceDays)) {
    throw new Error(`HINDSIGHT_RECURRENCE_DAYS must be a whole number of days, not "${recurrenceDays}"`);
  }
  return {
    title: pick('HINDSIGHT_TITLE', defaults.title),
    site: pick('HINDSIGHT_SITE', defaults.site),
    base: `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/'),
    repositoryUrl: pick('HINDSIGHT_REPOSITORY_URL', defaults.repositoryUrl ?? '') || undefined,
    repositoryBranch: pick('HINDSIGHT_REPOSITORY_BRANCH', defaults.repositoryBranch),
    contentDir: pick('HINDSIGHT_CONTENT_DIR', defaults.contentDir),
    audience,
    recurrenceDays: Number(recurrenceDays),
  };
}
