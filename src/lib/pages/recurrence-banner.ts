/**
 * What an incident page says about recurrence: the earlier incidents this one
 * repeats (with what they promised that is still unfinished) and the later
 * incidents that repeated it. The rule is the recurrence review's
 * (src/lib/incident/recurrence-links.ts), so the page and `npm run check` agree.
 */
import { nameOf, type IncidentArchive } from '../incident/archive.ts';
import type { Incident } from '../incident/incident.ts';
import { recurrenceLinks, type RecurrenceLink } from '../incident/recurrence-links.ts';
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

/** What a page shows of one incident's links: the first RECURRENCE_SHOWN each way, and how many there are. */
interface ShownLinks {
  repeatOf: RecurrenceLink[];
  repeatOfCount: number;
  repeatedBy: RecurrenceLink[];
  repeatedByCount: number;
}

const NO_LINKS: ShownLinks = { repeatOf: [], repeatOfCount: 0, repeatedBy: [], repeatedByCount: 0 };

const shownLinksOfArchive = oncePer<IncidentArchive, string, Map<string, ShownLinks>>();

/**
 * Every incident's shown links, worked out once per archive and window. Only
 * these are kept: the whole set is about 480,000 links at 10,000 postmortems,
 * some 300 MB that every later page render would make the collector walk.
 */
function shownLinksOf(archive: IncidentArchive, today: string, windowDays: number): Map<string, ShownLinks> {
  return shownLinksOfArchive(archive, `${today}/${windowDays}`, () => {
    const links = recurrenceLinks(archive.incidents, { today, windowDays });
    const shown = new Map<string, ShownLinks>();
    for (const incident of archive.incidents) {
      const earlier = links.earlier.get(incident.id) ?? [];
      const later = links.later.get(incident.id) ?? [];
      if (earlier.length + later.length === 0) continue;
      shown.set(incident.id, {
        repeatOf: earlier.slice(0, RECURRENCE_SHOWN),
        repeatOfCount: earlier.length,
        repeatedBy: later.slice(0, RECURRENCE_SHOWN),
        repeatedByCount: later.length,
      });
    }
    return shown;
  });
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
  const links = shownLinksOf(archive, options.today, options.windowDays).get(incident.id) ?? NO_LINKS;
  return {
    windowDays: options.windowDays,
    repeatOf: links.repeatOf.map((link) => entry(archive, link, link.earlier)),
    repeatOfCount: links.repeatOfCount,
    repeatedBy: links.repeatedBy.map((link) => entry(archive, link, link.later)),
    repeatedByCount: links.repeatedByCount,
  };
}
