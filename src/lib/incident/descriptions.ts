/**
 * An incident in one line, as the page's meta description, the feed and the
 * link-preview card say it. One set of phrases, so the three never disagree.
 */
import { formatDuration } from '../time/duration.ts';
import type { IncidentFacts } from './incident.ts';

/** "58 min of impact". */
function impactPhrase(incident: IncidentFacts): string {
  return `${formatDuration(incident.durations.impactDuration)} of impact`;
}

/** "detected in 9 min". */
function detectionPhrase(incident: IncidentFacts): string {
  return `detected in ${formatDuration(incident.durations.timeToDetect)}`;
}

/** The page's meta description: "SEV1 · 58 min of impact, detected in 9 min · <summary>". */
export function pageDescription(incident: IncidentFacts): string {
  return `${incident.data.severity} · ${impactPhrase(incident)}, ${detectionPhrase(incident)} · ${incident.data.summary}`;
}

/** A feed item's description: "SEV1 · 58 min of impact. <summary>". */
export function feedDescription(incident: IncidentFacts): string {
  return `${incident.data.severity} · ${impactPhrase(incident)}. ${incident.data.summary}`;
}

/** The preview card's duration line: "58 min of impact · detected in 9 min". */
export function previewDurationLine(incident: IncidentFacts): string {
  return `${impactPhrase(incident)} · ${detectionPhrase(incident)}`;
}

/** A feed item's title: "[SEV1] <title>". */
export function feedTitle(incident: IncidentFacts): string {
  return `[${incident.data.severity}] ${incident.data.title}`;
}
