/** The exports' projection of an incident: one record in /postmortems.json, one row in /postmortems.csv. */
import type { Postmortem } from '../../schema/postmortem.ts';
import { isUnfinished } from '../action-items.ts';
import { toMinutes } from '../time/duration.ts';
import type { Incident } from './incident.ts';

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
  /** Misleading events on the timeline, and the whole minutes from each to the next event, summed. */
  misleadingLeads: number;
  misleadingMinutes: number;
  usersAffectedPercent: number;
  customersAffected: number | null;
  revenueLoss: { amount: number; currency: string } | null;
  tags: string[];
  actionItems: Postmortem['actionItems'];
}

/** Instants in UTC, durations in whole minutes; `site` makes the page URL absolute. */
export function toPostmortemRecord(incident: Incident, site: URL): PostmortemRecord {
  const { data, milestones, durations } = incident;
  return {
    id: incident.id,
    url: new URL(incident.url, site).href,
    title: data.title,
    summary: data.summary,
    severity: data.severity,
    status: data.status,
    visibility: data.visibility,
    services: data.services,
    teams: incident.teams,
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
    misleadingLeads: incident.misleading.count,
    misleadingMinutes: toMinutes(incident.misleading.lostTime),
    usersAffectedPercent: data.impact.usersAffectedPercent,
    customersAffected: data.impact.customersAffected ?? null,
    revenueLoss: data.impact.revenueLoss ? { ...data.impact.revenueLoss } : null,
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
  ['open_action_items', (r) => r.actionItems.filter((item) => item.status === 'open').length],
  ['unfinished_action_items', (r) => r.actionItems.filter(isUnfinished).length],
  ['misleading_leads', (r) => r.misleadingLeads],
  ['misleading_minutes', (r) => r.misleadingMinutes],
  ['users_affected_percent', (r) => r.usersAffectedPercent],
  ['customers_affected', (r) => r.customersAffected],
  ['revenue_loss_amount', (r) => r.revenueLoss?.amount ?? null],
  ['revenue_loss_currency', (r) => r.revenueLoss?.currency ?? null],
  ['done_action_items', (r) => r.actionItems.filter((item) => item.status === 'done').length],
  ['last_action_item_closed', (r) => lastClosed(r.actionItems)],
];

/** The latest closed date among the action items (YYYY-MM-DD), or null when none gives one. */
function lastClosed(items: PostmortemRecord['actionItems']): string | null {
  return items.reduce<string | null>(
    (latest, item) => (item.closed && (!latest || item.closed > latest) ? item.closed : latest),
    null,
  );
}

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
