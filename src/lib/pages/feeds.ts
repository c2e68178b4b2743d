/**
 * Which feeds the archive publishes besides /rss.xml, and what each carries:
 * the newest postmortems of a service, team, root cause or tag (beside its
 * group page, e.g. /services/checkout/feed.xml), of a severity
 * (/severities/sev1/feed.xml), and the quarterly reviews (/reviews/feed.xml).
 * Each is written as RSS 2.0 (feed.xml) and JSON Feed 1.1 (feed.json).
 */
import { SEVERITIES, SEVERITY_MEANINGS, type Severity } from '../../schema/vocabulary.ts';
import type { IncidentArchive } from '../incident/archive.ts';
import type { Incident } from '../incident/incident.ts';
import { quarterLabel } from '../time/calendar.ts';
import { writeQuery } from '../url-state.ts';
import { plural } from '../words.ts';
import type { FeedItem } from '../feed.ts';
import { GROUP_KIND_IDS, GROUP_KINDS, groupEntries, incidentsInGroup, type GroupKind } from './groups.ts';
import { quarterReview, reviewPath, reviewQuarters, type QuarterReview } from './quarter-review.ts';

export type FeedFormat = 'xml' | 'json';

/** The feed files of a page, relative to the base: `services/checkout/feed.xml` and `.json`. */
export function feedPaths(pagePath: string): Record<FeedFormat, string> {
  return { xml: `${pagePath}feed.xml`, json: `${pagePath}feed.json` };
}

/** A feed's scope: its page (or, for a severity, the folder of its feed), name and incidents. */
export interface IncidentFeedScope {
  /** Below the base, with a trailing slash: `services/checkout/`. */
  pagePath: string;
  /** The page a reader opens from the feed, when not `pagePath`: a severity's is the archive index filtered to it. */
  homePath?: string;
  /** `Service: Checkout`. */
  name: string;
  incidents: Incident[];
}

/** One feed for every group page: services, teams, root causes and tags. */
export function groupFeedScopes(archive: IncidentArchive): (IncidentFeedScope & { kind: GroupKind; id: string })[] {
  return GROUP_KIND_IDS.flatMap((kind) =>
    groupEntries(archive, kind).map((entry) => ({
      kind,
      id: entry.id,
      pagePath: `${kind}/${entry.id}/`,
      name: `${GROUP_KINDS[kind].singular}: ${entry.name}`,
      incidents: incidentsInGroup(archive.incidents, kind, entry.id),
    })),
  );
}

/** `SEV1` -> `sev1`, the path segment of its feed. */
export const severitySlug = (severity: Severity) => severity.toLowerCase();

/** One feed per severity, at /severities/<sev>/feed.xml; there is no severity page, so it links to the archive. */
export function severityFeedScopes(archive: IncidentArchive): (IncidentFeedScope & { severity: Severity })[] {
  return SEVERITIES.map((severity) => ({
    severity,
    pagePath: `severities/${severitySlug(severity)}/`,
    homePath: writeQuery({ severity: [severity] }),
    name: `${severity} (${SEVERITY_MEANINGS[severity]})`,
    incidents: archive.incidents.filter((incident) => incident.data.severity === severity),
  }));
}

/** Quarters whose review is final: over on the build date. Newest first. */
export function finishedReviews(incidents: readonly Incident[], today: string): QuarterReview[] {
  return reviewQuarters(incidents, today)
    .map((quarter) => quarterReview(incidents, quarter, today))
    .filter((review) => review.status === 'complete');
}

/** What a review says in one line: "4 incidents (1 SEV1, 2 SEV2, 1 SEV3); 2 repeats; 21 action items, 0 overdue". */
export function reviewSummary(review: QuarterReview): string {
  const mix = review.severityMix.filter((entry) => entry.count > 0).map((entry) => `${entry.count} ${entry.severity}`);
  const items = review.actionItems;
  return [
    `${plural(review.incidents.length, 'incident')}${mix.length ? ` (${mix.join(', ')})` : ''}`,
    `${plural(review.repeats.length, 'repeat')} of a root cause within ${review.windowDays} days`,
    `${plural(items.opened.total, 'action item')} opened, ${items.closed.length} closed in the quarter, ${items.overdue.length} overdue`,
  ].join('; ');
}

/**
 * The reviews feed: one item per finished quarter, dated the day after it
 * ended (00:00 UTC), so a reader gets each review once, when it is final.
 * `archiveUrl` is the absolute URL of the archive's front page (base included).
 */
export function reviewFeedItems(reviews: readonly QuarterReview[], archiveUrl: string): FeedItem[] {
  return reviews.map((review) => {
    const after = new Date(`${review.to}T00:00:00Z`);
    after.setUTCDate(after.getUTCDate() + 1);
    return {
      url: new URL(reviewPath(review.quarter), archiveUrl).href,
      title: `Reliability review ${quarterLabel(review.quarter)}`,
      summary: `${reviewSummary(review)}.`,
      published: after,
    };
  });
}
