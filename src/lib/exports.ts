/** The archive's machine-readable forms: JSON, CSV, RSS and the sitemap. */
import type { Postmortem } from '../schema/postmortem.ts';
import { toMinutes, type IncidentDurations, type IncidentMilestones } from './durations.ts';
import { escapeXml } from './xml.ts';

export interface ExportSource {
  id: string;
  /** Absolute URL of the postmortem's page. */
  url: string;
  data: Postmortem;
  milestones: IncidentMilestones;
  durations: IncidentDurations;
}

export interface PostmortemRecord {
  id: string;
  url: string;
  title: string;
  summary: string;
  severity: string;
  status: string;
  visibility: string;
  services: string[];
  teams: string[];
  rootCauseCategory: string;
  contributingFactors: string[];
  detectedBy: string;
  timezone: string;
  timeline: { started: string; detected: string; mitigated: string; resolved: string | null };
  ttdMinutes: number;
  ttmMinutes: number;
  impactMinutes: number;
  resolveMinutes: number | null;
  tags: string[];
  actionItems: Postmortem['actionItems'];
}

/** One postmortem in `/postmortems.json`; instants in UTC, durations in whole minutes. */
export function postmortemRecord({ id, url, data, milestones, durations }: ExportSource): PostmortemRecord {
  return {
    id,
    url,
    title: data.title,
    summary: data.summary,
    severity: data.severity,
    status: data.status,
    visibility: data.visibility,
    services: data.services,
    teams: data.teams ?? [],
    rootCauseCategory: data.rootCause.category,
    contributingFactors: data.contributingFactors ?? [],
    detectedBy: data.detectedBy,
    timezone: data.timezone,
    timeline: {
      started: milestones.started.toISOString(),
      detected: milestones.detected.toISOString(),
      mitigated: milestones.mitigated.toISOString(),
      resolved: milestones.resolved?.toISOString() ?? null,
    },
    ttdMinutes: toMinutes(durations.timeToDetect),
    ttmMinutes: toMinutes(durations.timeToMitigate),
    impactMinutes: toMinutes(durations.impactDuration),
    resolveMinutes: durations.timeToResolve === undefined ? null : toMinutes(durations.timeToResolve),
    tags: data.tags ?? [],
    actionItems: data.actionItems,
  };
}

const CSV_COLUMNS: [string, (record: PostmortemRecord) => string | number | null][] = [
  ['id', (r) => r.id],
  ['url', (r) => r.url],
  ['started_at', (r) => r.timeline.started],
  ['title', (r) => r.title],
  ['severity', (r) => r.severity],
  ['status', (r) => r.status],
  ['visibility', (r) => r.visibility],
  ['services', (r) => r.services.join(';')],
  ['teams', (r) => r.teams.join(';')],
  ['root_cause', (r) => r.rootCauseCategory],
  ['detected_by', (r) => r.detectedBy],
  ['detected_at', (r) => r.timeline.detected],
  ['mitigated_at', (r) => r.timeline.mitigated],
  ['resolved_at', (r) => r.timeline.resolved],
  ['ttd_minutes', (r) => r.ttdMinutes],
  ['ttm_minutes', (r) => r.ttmMinutes],
  ['impact_minutes', (r) => r.impactMinutes],
  ['resolve_minutes', (r) => r.resolveMinutes],
  ['action_items', (r) => r.actionItems.length],
  [
    'open_action_items',
    (r) => r.actionItems.filter((item) => item.status === 'open' || item.status === 'in-progress').length,
  ],
];

/** A CSV field, quoted when needed; a leading = + - @ is neutralised so spreadsheets do not run it as a formula. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV, one row per postmortem, CRLF line ends. */
export function postmortemsCsv(records: readonly PostmortemRecord[]): string {
  const header = CSV_COLUMNS.map(([name]) => name).join(',');
  const rows = records.map((record) => CSV_COLUMNS.map(([, value]) => csvField(value(record))).join(','));
  return `${[header, ...rows].join('\r\n')}\r\n`;
}

export interface FeedItem {
  title: string;
  url: string;
  description: string;
  /** When it was published to the feed: the incident's start. */
  date: Date;
}

/** An RSS 2.0 feed. */
export function rssFeed(
  channel: { title: string; url: string; description: string; feedUrl: string },
  items: readonly FeedItem[],
): string {
  const entries = items
    .map(
      (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="true">${escapeXml(item.url)}</guid>
      <pubDate>${item.date.toUTCString()}</pubDate>
      <description>${escapeXml(item.description)}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(channel.title)}</title>
    <link>${escapeXml(channel.url)}</link>
    <description>${escapeXml(channel.description)}</description>
    <atom:link href="${escapeXml(channel.feedUrl)}" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`;
}

/** A sitemap of absolute URLs. */
export function sitemapXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries}
</urlset>
`;
}
