/** The link-preview card's projection of an incident (drawn by src/lib/preview-image.ts). */
import type { Postmortem } from '../../schema/postmortem.ts';
import { formatCalendarDate } from '../time/format.ts';
import { previewDurationLine } from './descriptions.ts';
import { incidentFacts } from './incident.ts';

export interface PreviewCard {
  archiveName: string;
  title: string;
  severity: string;
  /** "58 min of impact · detected in 9 min". */
  duration: string;
  date: string;
  services: string[];
}

/**
 * The card of a validated postmortem: its title, severity, how long it hurt,
 * when and where. It takes the front matter, not an archived incident: the
 * build draws cards from the check's data, outside Astro's content store.
 */
export function previewCard(
  data: Postmortem,
  serviceNames: ReadonlyMap<string, string>,
  archiveName: string,
): PreviewCard {
  const incident = incidentFacts(data);
  return {
    archiveName,
    title: data.title,
    severity: data.severity,
    duration: previewDurationLine(incident),
    date: formatCalendarDate(incident.date),
    services: data.services.map((id) => serviceNames.get(id) ?? id),
  };
}
