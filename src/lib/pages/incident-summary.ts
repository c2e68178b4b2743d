/**
 * The executive summary at the top of a postmortem's page: what an SRE lead
 * reads in the first screen. Every figure comes from the incident model
 * (src/lib/incident/) or the archive-wide action-item rule; nothing is
 * estimated, and a figure the postmortem does not state stays undefined.
 */
import { countActionItems, type ActionItemCounts } from '../insights/action-items.ts';
import { nameOf, type TaxonomyNames } from '../incident/archive.ts';
import type { Incident } from '../incident/incident.ts';
import { misleadingSpans } from '../incident/milestones.ts';
import { formatMoney, formatPercent } from '../labels.ts';
import { formatDuration, MINUTE, SECOND } from '../time/duration.ts';
import { zonedTime } from '../time/format.ts';
import { utcLabel } from '../time/utc-label.ts';

/** The root-cause line is cut at a word after this many characters; the full text is further down the page. */
export const ROOT_CAUSE_LINE_MAX = 160;

export interface SummaryStart {
  /** "Sat 12 Jul 2025, 19:40" on the incident's wall clock. */
  local: string;
  /** "CEST". */
  zone: string;
  /** "17:40 UTC", with the UTC date when it differs. */
  utc: string;
  /** ISO instant for `<time datetime>`. */
  iso: string;
}

/** Impact figures as the postmortem states them; customers and revenue stay undefined when it does not. */
export interface SummaryImpact {
  usersAffected: string;
  customersAffected?: string;
  revenueLoss?: string;
}

export interface SummaryRootCause {
  /** Root-cause category id; its page is root-causes/<id>/. */
  id: string;
  name: string;
  /** The description's first sentence, shortened with "…" when it runs past ROOT_CAUSE_LINE_MAX. */
  line: string;
}

export interface BarSegment {
  key: 'ttd' | 'ttm';
  /** Milliseconds. */
  duration: number;
  /** "14 min". */
  text: string;
  /** Share of the impact duration, 0–100. */
  percent: number;
}

export interface DurationBar {
  /** Time to detect, then time to mitigate; together they span the impact. */
  segments: [BarSegment, BarSegment];
  impact: { duration: number; text: string };
  /**
   * Whether the rounded texts add up (14 min + 1 h 22 min = 1 h 36 min). The
   * milliseconds always do; with seconds in the timeline the rounded parts can
   * miss the rounded whole by a minute, and the page then says so instead of
   * printing a false sum.
   */
  textsAddUp: boolean;
  misleading: {
    /** As the model counts them (IncidentFacts.misleading). */
    count: number;
    lostTime: number;
    lostText: string;
    /** The part of lostTime between the start and mitigation: what the bar can shade. */
    withinImpact: number;
    withinImpactText: string;
    /** Where the bar is shaded, as percentages of the impact duration. */
    shaded: { startPercent: number; widthPercent: number }[];
  };
}

export interface SummaryActionItems extends ActionItemCounts {
  /** Open or in progress, whether overdue or not. */
  unfinished: number;
}

export interface IncidentSummary {
  start: SummaryStart;
  impact: SummaryImpact;
  rootCause: SummaryRootCause;
  bar: DurationBar;
  actionItems: SummaryActionItems;
}

/** The summary of one incident; `today` (YYYY-MM-DD, the build date) decides which action items are overdue. */
export function incidentSummary(incident: Incident, names: TaxonomyNames, today: string): IncidentSummary {
  const { data } = incident;
  const local = zonedTime(incident.milestones.started, data.timezone);
  const counts = countActionItems(data.actionItems, today);
  return {
    start: {
      local: `${local.date}, ${local.time}`,
      zone: local.zone,
      utc: utcLabel(incident.milestones.started, data.timezone),
      iso: local.iso,
    },
    impact: {
      usersAffected: formatPercent(data.impact.usersAffectedPercent),
      customersAffected: data.impact.customersAffected?.toLocaleString('en-US'),
      revenueLoss: data.impact.revenueLoss
        ? formatMoney(data.impact.revenueLoss.amount, data.impact.revenueLoss.currency)
        : undefined,
    },
    rootCause: {
      id: data.rootCause.category,
      name: nameOf(names.rootCauses, data.rootCause.category),
      line: oneLine(data.rootCause.description, ROOT_CAUSE_LINE_MAX),
    },
    bar: durationBar(incident),
    actionItems: { ...counts, unfinished: counts.open + counts.inProgress },
  };
}

/** TTD and TTM as shares of the impact, and the misleading leads' time inside it. */
export function durationBar(incident: Pick<Incident, 'data' | 'durations' | 'milestones' | 'misleading'>): DurationBar {
  const { timeToDetect, timeToMitigate, impactDuration } = incident.durations;
  const started = incident.milestones.started.getTime();
  const mitigated = incident.milestones.mitigated.getTime();
  const percentOf = (milliseconds: number) => (impactDuration > 0 ? round2((milliseconds / impactDuration) * 100) : 0);
  const shaded = misleadingSpans(incident.data.timeline)
    .map((span) => ({ from: Math.max(span.from, started), to: Math.min(span.to, mitigated) }))
    .filter((span) => span.to > span.from);
  const withinImpact = shaded.reduce((sum, span) => sum + (span.to - span.from), 0);
  return {
    segments: [
      { key: 'ttd', duration: timeToDetect, text: formatDuration(timeToDetect), percent: percentOf(timeToDetect) },
      {
        key: 'ttm',
        duration: timeToMitigate,
        text: formatDuration(timeToMitigate),
        percent: percentOf(timeToMitigate),
      },
    ],
    impact: { duration: impactDuration, text: formatDuration(impactDuration) },
    textsAddUp: shownAs(timeToDetect) + shownAs(timeToMitigate) === shownAs(impactDuration),
    misleading: {
      count: incident.misleading.count,
      lostTime: incident.misleading.lostTime,
      lostText: formatDuration(incident.misleading.lostTime),
      withinImpact,
      withinImpactText: formatDuration(withinImpact),
      shaded: shaded.map((span) => ({
        startPercent: percentOf(span.from - started),
        widthPercent: percentOf(span.to - span.from),
      })),
    },
  };
}

/** The value formatDuration's text stands for: whole seconds under a minute, whole minutes above. */
function shownAs(milliseconds: number): number {
  return milliseconds < MINUTE
    ? Math.round(milliseconds / SECOND) * SECOND
    : Math.round(milliseconds / MINUTE) * MINUTE;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The first sentence of a paragraph, cut at a word with "…" when longer than
 * `max`. A cut never leaves an inline-code span (`…`) open.
 */
export function oneLine(text: string, max: number): string {
  const sentence = /^[\s\S]*?[.!?](?=\s+[A-Z0-9"“‘'(`]|\s*$)/.exec(text.trim())?.[0] ?? text.trim();
  if (sentence.length <= max) return sentence;
  let cut = sentence.slice(0, max + 1);
  cut = cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:–—-]+$/, '');
  if ((cut.match(/`/g) ?? []).length % 2 === 1) cut = cut.slice(0, cut.lastIndexOf('`')).trimEnd();
  return `${cut}…`;
}
