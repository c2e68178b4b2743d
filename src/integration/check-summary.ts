import { isInAudience } from '../lib/audience.ts';
import type { CheckResult } from '../lib/check/index.ts';
import { previewCard, type PreviewCard } from '../lib/incident/preview-card.ts';
import type { SiteConfig } from '../site-config.ts';

/**
 * What the end of the build needs about the archive, as plain data. It is kept
 * instead of the check's result, whose sources and parsed files would otherwise
 * stay in memory while every page renders.
 */
export interface CheckSummary {
  /** Former ids, whose pages only redirect. */
  aliases: string[];
  /** Paths of renamed taxonomy entries' old pages ("services/old-id/"), which only redirect. */
  formerGroupPaths: string[];
  /** The link-preview card of each valid postmortem, by id. */
  cards: Map<string, PreviewCard>;
  /** Ids of the postmortems that get a page: published, and in the build's audience. */
  paged: string[];
}

/** The summary of a check that passed: the build gate's result, so nothing is read or parsed again. */
export function summarizeCheck(result: CheckResult, siteConfig: Pick<SiteConfig, 'audience' | 'title'>): CheckSummary {
  const serviceNames = new Map(result.services.map((service) => [service.id, service.name]));
  const cards = new Map<string, PreviewCard>();
  const paged: string[] = [];
  const aliases: string[] = [];
  for (const { id, data } of result.postmortems) {
    if (!data) continue;
    cards.set(id, previewCard(data, serviceNames, siteConfig.title));
    aliases.push(...(data.aliases ?? []));
    if (isInAudience(data, { audience: siteConfig.audience, includeUnpublished: false })) paged.push(id);
  }
  return {
    aliases,
    formerGroupPaths: [
      ...[...result.renames.services.keys()].map((id) => `services/${id}/`),
      ...[...result.renames.teams.keys()].map((id) => `teams/${id}/`),
      ...[...result.renames.rootCauses.keys()].map((id) => `root-causes/${id}/`),
    ],
    cards,
    paged,
  };
}
