/**
 * What an incident page says about recurrence: the earlier incidents this one
 * repeats (with what they promised that is still unfinished) and the later
 * incidents that repeated it. The rule is the recurrence review's
 * (src/lib/incident/recurrence-links.ts), so the page and `npm run check` agree.
 */
import { nameOf, type IncidentArchive } from '../incident/archive.ts';
import type { Incident } from '../incident/incident.ts';
import { recurrenceLinks, type RecurrenceLink, type RecurrenceLinks } from '../incident/recurrence-links.ts';
import { oncePer } from '../memo.ts';
import { formatCalendarDate } from '../time/format.ts';

export interface RecurrenceEntry {
  id: string;
  title: string;
  url: string;
  /** "4 Mar 2026". */
  date: string;
  daysApart: number;
  /** "same root cause: Certificate expiry", or "shared contributing factor: Manual process". */
  cause: string;
  /** "Payments" or "team Platform": where both struck. */
  place: string;
  unfinished: { title: string; owner: string; due: string; state: string; overdue: boolean }[];
}

/** A cause that keeps striking one service links dozens of incidents at scale: the page names this many each way. */
export const RECURRENCE_SHOWN = 5;

export interface RecurrenceBanner {
  windowDays: number;
  /** Earlier incidents this one repeats, most recent first: the first RECURRENCE_SHOWN. */
  repeatOf: RecurrenceEntry[];
  /** How many earlier incidents it repeats in all. */
  repeatOfCount: number;
  /** Later incidents that repeated this one, oldest first: the first RECURRENCE_SHOWN. */
  repeatedBy: RecurrenceEntry[];
  /** How many later incidents repeated it in all. */
  repeatedByCount: number;
}

const linksOfArchive = oncePer<IncidentArchive, string, RecurrenceLinks>();

function linksOf(archive: IncidentArchive, today: string, windowDays: number): RecurrenceLinks {
  return linksOfArchive(archive, `${today}/${windowDays}`, () =>
    recurrenceLinks(archive.incidents, { today, windowDays }),
  );
}

function entry(archive: IncidentArchive, link: RecurrenceLink, other: Incident): RecurrenceEntry {
  const causeNames = link.sharedCauses.map((id) => nameOf(archive.names.rootCauses, id));
  const place =
    link.sharedServices.length > 0
      ? link.sharedServices.map((id) => nameOf(archive.names.services, id)).join(', ')
      : `team ${link.sharedTeams.map((id) => nameOf(archive.names.teams, id)).join(', ')}`;
  return {
    id: other.id,
    title: other.data.title,
    url: other.url,
    date: formatCalendarDate(other.date),
    daysApart: link.daysApart,
    cause: link.sameCategory
      ? `same root cause: ${nameOf(archive.names.rootCauses, link.earlier.data.rootCause.category)}`
      : `shared ${causeNames.length === 1 ? 'cause' : 'causes'}: ${causeNames.join(', ')}`,
    place,
    unfinished: link.unfinished.map((item) => ({
      title: item.title,
      owner: item.owner,
      due: formatCalendarDate(item.due),
      state: item.status === 'in-progress' ? 'in progress' : 'open',
      overdue: item.overdue,
    })),
  };
}

export function recurrenceBanner(
  archive: IncidentArchive,
  incident: Incident,
  options: { today: string; windowDays: number },
): RecurrenceBanner {
  const links = linksOf(archive, options.today, options.windowDays);
  const earlier = links.earlier.get(incident.id) ?? [];
  const later = links.later.get(incident.id) ?? [];
  return {
    windowDays: options.windowDays,
    repeatOf: earlier.slice(0, RECURRENCE_SHOWN).map((link) => entry(archive, link, link.earlier)),
    repeatOfCount: earlier.length,
    repeatedBy: later.slice(0, RECURRENCE_SHOWN).map((link) => entry(archive, link, link.later)),
    repeatedByCount: later.length,
  };
}
