/**
 * Turns a postmortem written in Markdown (the common "Issue Summary /
 * Timeline / Root cause and resolution / Corrective and preventative
 * measures" template, or a company's own) into a draft in this archive's
 * format. Each step lives in its own module; this one puts them in order.
 * Every value is read from the text or written with a TODO that says what
 * was assumed. A real postmortem is never refused: what it lacks becomes a
 * placeholder. A document that is not a postmortem is refused with one line.
 * Pure: the caller reads and writes files.
 */
import { PLACEHOLDER_MARKER } from '../check/template-markers.ts';
import type { Taxonomies } from '../scaffold/answers.ts';
import type { Draft, DraftActionItem, DraftEvent, Guessed } from '../scaffold/render.ts';
import { postmortemId, slugify } from '../scaffold/slug.ts';
import { owningTeams } from '../scaffold/template.ts';
import { daysBetween, isoDate, type CalendarDate } from '../time/calendar.ts';
import { calendarDateIn } from '../time/format.ts';
import { SUMMARY_MAX_LENGTH, WHYS_MAX } from '../../schema/rules.ts';
import { MILESTONE_KINDS, ONCE_KINDS, type OnceKind, type Severity } from '../../schema/vocabulary.ts';
import { defaultDue, readActionItems, type WrittenActionItem } from './action-items.ts';
import { writeBody } from './body.ts';
import { classify } from './classify.ts';
import { documentZone, incidentDate } from './context.ts';
import { cleanTitle, closestCategory, detectionMethod, metadataOf, PERCENT, severityIn } from './guesses.ts';
import { readMarkdown } from './markdown.ts';
import { assignKinds, type Found, type KindedEvent } from './milestones.ts';
import { clip, listItems, paragraphs, plainText, sentences } from './plain-text.ts';
import { findSections, isGenericTitle, type Role, type Section } from './sections.ts';
import { matchServices, matchTeams, type SuggestedEntry } from './taxonomy-match.ts';
import { timeEvents, type TimedEvent } from './time-events.ts';
import { readTimeline } from './timeline.ts';
import { clockTimesIn, findDate, instantOf, type WrittenZone } from './when.ts';

export interface ImportOptions {
  /** The source file's name, for its date and for notes. */
  fileName: string;
  taxonomies: Taxonomies;
  /** IANA zone for the page and for times written without one. */
  timezone?: string;
  /** The incident date, YYYY-MM-DD, when the document does not say. */
  date?: string;
  /** The day of the import, YYYY-MM-DD: the date of last resort, with a TODO. */
  today?: string;
  severity?: Severity;
  services?: readonly string[];
  teams?: readonly string[];
  rootCause?: string;
  authors?: readonly string[];
}

export interface ImportStats {
  /** Timeline entries read with a time. */
  eventsRead: number;
  /** How each milestone was found: read from the words, guessed by position, or missing. */
  milestones: Record<OnceKind, Found>;
}

export type ImportResult =
  | {
      ok: true;
      id: string;
      draft: Draft;
      /** What was kept in the body because it could not be mapped. */
      unmapped: string[];
      /** Assumptions made while reading, for the author to know. */
      notes: string[];
      /** Services and teams the text names that the taxonomy lacks. */
      suggested: { services: SuggestedEntry[]; teams: SuggestedEntry[] };
      stats: ImportStats;
    }
  | { ok: false; problems: string[] };

const todo = (text: string) => `${PLACEHOLDER_MARKER} ${text}`;
const quote = (text: string, length = 50) => `"${text.length > length ? `${text.slice(0, length - 1)}…` : text}"`;

function prose(section: Section | undefined): string[] {
  if (!section) return [];
  return section.lines.filter((_, index) => section.info[index]!.kind !== 'code');
}

export function importPostmortem(markdown: string, options: ImportOptions): ImportResult {
  const { taxonomies } = options;
  const notes: string[] = [];
  const document = findSections(readMarkdown(markdown));
  const verdict = classify(document, markdown);
  if (!verdict.postmortem) return { ok: false, problems: [`not a postmortem: ${verdict.reason}`] };
  if (document.markdown.closedFence) notes.push('a code block was never closed; it was closed before the next heading');

  const byRole = (role: Role) => document.sections.filter((section) => section.role === role);
  const linesOf = (role: Role) => byRole(role).flatMap((section) => prose(section));
  const proseText = document.markdown.lines
    .filter((_, index) => document.markdown.info[index]!.kind !== 'code')
    .join('\n');

  // Metadata lines (Date:, Severity:, Authors:) before the first section or in the summary.
  const summaryLines = linesOf('summary');
  const metadata = metadataOf([...document.preamble, ...summaryLines]);
  const usedMetadata = new Set<string>();
  const useMeta = (pattern: RegExp) => {
    const entry = metadata.find((item) => pattern.test(item.key));
    if (entry) usedMetadata.add(entry.line);
    return entry?.value;
  };
  const summaryText = plainText(summaryLines.length > 0 ? summaryLines : document.preamble);
  const headerText = plainText(document.preamble);
  const summaryTimes = clockTimesIn(`${headerText} ${summaryText}`);

  // The incident date and the year for dates written without one.
  const timelineSections = byRole('timeline');
  const timelineLines = timelineSections.flatMap((section) => section.lines);
  const timelineInfo = timelineSections.flatMap((section) => section.info);
  const timelineHeading = timelineSections.map((section) => section.heading).join(' ');
  const year =
    findDate(summaryText)?.date.year ??
    findDate(document.title ?? '')?.date.year ??
    findDate(options.fileName)?.date.year ??
    findDate(proseText)?.date.year;
  const firstRead = readTimeline({ lines: timelineLines, info: timelineInfo, heading: timelineHeading }, year);
  const today = findDate(options.today ?? new Date().toISOString().slice(0, 10))!.date;
  const metaDate = useMeta(/^(date|incident date|when|date of (the )?incident|start( time)?|duration)$/);
  const date = incidentDate({
    given: options.date,
    text: proseText,
    summary: `${headerText} ${summaryText}`,
    metadata: metaDate,
    title: document.title ?? '',
    fileName: options.fileName,
    timelineFirstDate: firstRead.events.find((event) => event.date)?.date,
    year,
    today,
  });
  if (date.assumed) notes.push(`the incident date ${isoDate(date.value)} was assumed: ${date.assumed}`);
  const read = readTimeline({ lines: timelineLines, info: timelineInfo, heading: timelineHeading }, date.value.year);
  const summaryDates = [
    ...new Set(
      [summaryText, metaDate ?? ''].flatMap((text) => {
        const found: string[] = [];
        let rest = text;
        for (let next = findDate(rest, date.value.year); next; next = findDate(rest, date.value.year)) {
          found.push(isoDate(next.date));
          rest = rest.slice(next.index + next.length);
        }
        return found;
      }),
    ),
  ];

  // Zones: one stated for the timeline, the user's, or the one its lines and summary use.
  const given: WrittenZone | undefined = options.timezone
    ? { text: options.timezone, zone: options.timezone }
    : undefined;
  const stated =
    given ??
    read.zone ??
    documentZone([
      ...timelineSections.map((section) => section.heading),
      document.title ?? '',
      headerText,
      summaryText,
      proseText,
    ]);
  const written = read.events.flatMap((event) => (event.zone ? [event.zone] : []));
  const common = written
    .map((zone) => ({ zone, count: written.filter((other) => other.text === zone.text).length }))
    .sort((a, b) => b.count - a.count)[0]?.zone;
  const summaryZone = summaryTimes.find((time) => time.zone)?.zone;
  const fallbackZone = common
    ? { zone: common, why: `assumed ${common.text}, the zone the other lines use` }
    : summaryZone
      ? { zone: summaryZone, why: `assumed ${summaryZone.text}, the zone the summary uses` }
      : {
          zone: { text: 'UTC', offset: 0, zone: 'UTC' } as WrittenZone,
          why: 'no zone is written anywhere; assumed UTC',
        };
  const pageZone = (stated ?? fallbackZone.zone).zone ?? 'UTC';
  const timezone: Guessed<string> = options.timezone
    ? { value: options.timezone }
    : {
        value: pageZone,
        todo: stated
          ? `read from "${stated.text}"; the IANA zone readers should see times in`
          : `${fallbackZone.why}; the IANA zone readers should see times in`,
      };

  // Timeline entries with instants and kinds.
  const timed = timeEvents(read.events, {
    incidentDate: date.value,
    dateAssumed: date.assumed,
    multiDay: spansDays(summaryDates)
      ? `the summary spans ${summaryDates[0]} to ${summaryDates.at(-1)}: the day was assumed`
      : undefined,
    statedZone: stated,
    fallbackZone,
  });
  notes.push(...timed.notes);
  const kinded = assignKinds(timed.events);
  const milestones = { ...kinded.found };
  let events: KindedEvent[] = kinded.events;

  // The summary's start and end times, when the timeline does not state them.
  const hint = (time: (typeof summaryTimes)[number] | undefined, text: string): TimedEvent | undefined => {
    if (!time) return undefined;
    const zone = time.zone ?? summaryZone ?? stated ?? fallbackZone.zone;
    const instant = instantOf(date.value, time.time, zone);
    if (!instant.ok) return undefined;
    const assumptions = [
      ...(date.assumed ? [`no date with this time: ${date.assumed}`] : []),
      ...(time.zone || summaryZone || stated ? [] : [`no zone with this time; ${fallbackZone.why}`]),
    ];
    return { time: time.time, text, source: text, at: instant.iso, epoch: Date.parse(instant.iso), assumptions };
  };
  const startHint = hint(summaryTimes[0], 'Impact began (start time given in the summary).');
  // The second time is the end only when the text says so ("from 10:42 to 11:58", "restored at 11:58").
  const summaryProse = `${headerText} ${summaryText}`;
  const second = summaryTimes[1];
  const between = second ? summaryProse.slice(summaryTimes[0]!.index + summaryTimes[0]!.length, second.index) : '';
  const endStated =
    second !== undefined &&
    (/^\W*(?:[A-Z]{2,5}\W*)?(?:to|until|till|through|and|-|–|—)\W*$/i.test(between.slice(0, 40)) ||
      /\b(ended|end time|ending|restored|resolved|recovered|back (up|online)|fixed|until)\b[^.]{0,30}$/i.test(between));
  const endHint = endStated ? hint(second, 'Impact ended (end time given in the summary).') : undefined;
  const firstOf = (kind: string) => events.find((event) => event.kind === kind);
  /** Makes `kind` the entry at the hint's instant, or adds the hint as an entry. */
  const useHint = (hinted: TimedEvent, kind: 'started' | 'mitigated') => {
    for (const event of events) {
      if (event.kind === kind || (kind === 'mitigated' && event.kind === 'resolved' && event.epoch < hinted.epoch)) {
        event.kind = 'action';
        event.guessed = undefined;
      }
    }
    const same = events.find(
      (event) => event.epoch === hinted.epoch && ['action', 'note', 'misleading', 'escalated'].includes(event.kind),
    );
    if (same) {
      same.kind = kind;
      same.guessed = undefined;
    } else events = [...events, { ...hinted, kind }];
    milestones[kind] = 'read';
  };
  if (milestones.started !== 'read' && startHint) {
    const detected = firstOf('detected') ?? firstOf('mitigated');
    if (!detected || startHint.epoch <= detected.epoch) useHint(startHint, 'started');
  }
  if (milestones.mitigated !== 'read' && endHint) {
    const last = Math.max(
      ...events.filter((event) => ['started', 'detected'].includes(event.kind)).map((event) => event.epoch),
    );
    if (endHint.epoch >= last) useHint(endHint, 'mitigated');
  }
  // At the same instant, milestones keep their order: started, detected, the rest, mitigated, resolved.
  const rank = (kind: string) => {
    const milestone = (MILESTONE_KINDS as readonly string[]).indexOf(kind);
    return milestone === -1 ? MILESTONE_KINDS.indexOf('detected') + 0.5 : milestone;
  };
  events = events
    .map((event, order) => ({ event, order }))
    .sort((a, b) => a.event.epoch - b.event.epoch || rank(a.event.kind) - rank(b.event.kind) || a.order - b.order)
    .map(({ event }) => event);
  // Milestones must be in order; a later started or earlier mitigated than the others means the guess is wrong.
  repairOrder(events);

  if (read.events.length === 0)
    notes.push('no timeline entries with a time were found; the timeline has placeholder events');
  const draftEvents: DraftEvent[] = events.map((event) => {
    const checks = [...event.assumptions];
    if (event.guessed) checks.push(`check this is when it was ${event.kind} (${event.guessed})`);
    return {
      at: event.at,
      kind: event.kind,
      text: plainText([event.text]) || event.text,
      todo: checks.length > 0 ? checks.join('; ') : undefined,
    };
  });
  addPlaceholders(draftEvents, date.value, stated ?? fallbackZone.zone);

  // The day it started, in the page's zone: the file's date, and what due dates count from.
  const firstEvent = draftEvents.find((event) => event.kind === 'started') ?? draftEvents[0]!;
  const startDay = findDate(calendarDateIn(new Date(firstEvent.at), pageZone))?.date ?? date.value;

  // Impact.
  const impactLines = linesOf('impact');
  const impactItems = listItems(impactLines);
  const impactText =
    impactItems.length > 0
      ? impactItems.map((item) => `${item[0]!.toUpperCase()}${item.slice(1).replace(/[.;,]\s*$/, '')}.`).join(' ')
      : plainText(impactLines);
  const impactFromSummary = sentences(summaryText)
    .filter((sentence) =>
      /\b(users?|customers?|requests?|orders?|impact|affected|could not|unable|errors?|failed|down|outage)\b/i.test(
        sentence,
      ),
    )
    .slice(0, 2)
    .join(' ');
  const impactSource = impactText || impactFromSummary;
  const impactClip = clip(impactSource, 500);
  const percent = PERCENT.exec(impactText) ?? PERCENT.exec(summaryText);
  const customers = /(\d[\d,]*)\s+(?:[\w-]+\s+)?customers\b/i.exec(`${impactText} ${summaryText}`);

  // Root cause.
  const rootCauseLines = [...linesOf('rootCauseAndResolution'), ...linesOf('rootCause')];
  const rootCauseParagraphLines =
    paragraphs(rootCauseLines).find(
      (paragraph) => !paragraph.some((line) => /^\s*(#|[-*+]\s|\d+[.)]\s|\||```|<)/.test(line)),
    ) ?? [];
  const rootCauseParagraph = plainText(rootCauseParagraphLines);
  const rootCauseSentence = sentences(summaryText).find((sentence) =>
    /root cause|caused by|because|due to/i.test(sentence),
  );
  const rootCauseSource = rootCauseParagraph || rootCauseSentence || '';
  const rootCauseClip = clip(rootCauseSource, 700);
  const categoryGuess = options.rootCause ?? closestCategory(plainText(rootCauseLines) || summaryText, taxonomies);
  const categoryIds = taxonomies.rootCauses.map((category) => category.id);

  // Services and teams: known ids, and suggestions for names the taxonomy lacks.
  const taxonomyText = `${document.title ?? ''}\n${document.preamble.join('\n')}\n${summaryLines.join('\n')}\n${linesOf('impact').join('\n')}`;
  const serviceMatch = matchServices(taxonomyText, taxonomies);
  const teamMatch = matchTeams(taxonomyText, taxonomies);
  const services = options.services?.length ? [...options.services] : serviceMatch.known;
  const teamIds = options.teams?.length
    ? [...options.teams]
    : [...new Set([...teamMatch.known, ...owningTeams(services, taxonomies)])];
  const suggestedNote =
    serviceMatch.suggested.length > 0
      ? `; the text names ${serviceMatch.suggested.map((entry) => `"${entry.name}"`).join(', ')}, not in services.yaml (import with --add-taxonomy to add them)`
      : '';

  // Severity, authors, detection.
  const metaSeverity = useMeta(/^(severity|sev|priority|impact level)$/);
  const severityGuess = options.severity
    ? { value: options.severity }
    : (severityIn(metaSeverity ?? '') ?? severityIn(summaryText) ?? severityIn(document.title ?? ''));
  const severity: Guessed<Severity> = severityGuess
    ? { value: severityGuess.value, todo: 'note' in severityGuess ? severityGuess.note : undefined }
    : { value: 'SEV3', todo: 'no severity was written; SEV1 (worst) to SEV4' };
  const metaAuthors = useMeta(/^(authors?|written by|prepared by|owner|postmortem owner|reported by)$/);
  const authors: Guessed<string[]> = options.authors?.length
    ? { value: [...options.authors] }
    : metaAuthors
      ? {
          value: metaAuthors
            .split(/\s*(?:,|;|\band\b|&)\s*/)
            .map((name) => name.replace(/^@/, '').trim())
            .filter(Boolean),
        }
      : { value: [todo('author')] };
  const detectedEvent = events.find((event) => event.kind === 'detected');
  const detectedBy = detectionMethod(detectedEvent?.text ?? summaryText);

  // Action items.
  // Whole sections, code included: what is not an action item is kept in the body as written.
  const allLinesOf = (role: Role) => byRole(role).flatMap((section) => section.lines);
  const corrective = readActionItems(allLinesOf('corrective'), { bulletsAreTasks: false }, date.value.year);
  const actionSection = readActionItems(allLinesOf('actionItems'), { bulletsAreTasks: true }, date.value.year);
  const writtenItems: WrittenActionItem[] = [...corrective.items, ...actionSection.items];
  const actionItems: DraftActionItem[] = writtenItems.map((item) => ({
    title: item.title,
    owner: item.owner ?? todo('owner'),
    due: item.due ?? defaultDue(startDay),
    status: item.status,
    type: item.type,
    link: item.link,
    todo: [item.due ? undefined : 'set the due date', `check the type (guessed: ${item.type})`]
      .filter(Boolean)
      .join('; '),
  }));

  const summaryClip = clip(summaryText, SUMMARY_MAX_LENGTH);
  const { body, unmapped } = writeBody({
    fileName: options.fileName,
    document,
    preamble: document.preamble.filter((line) => !usedMetadata.has(line)),
    movedRootCause: rootCauseParagraph && !rootCauseClip.clipped ? rootCauseParagraphLines : [],
    correctiveRest: [...corrective.rest, ...actionSection.rest],
    timelineLeftover: read.leftover,
    summaryClipped: summaryClip.clipped && summaryLines.length > 0,
    impactClipped: impactLines.length > 0 && impactClip.clipped,
  });

  const genericTitle = !document.title || isGenericTitle(cleanTitle(document.title, options.fileName));
  const titleFromSummary = genericTitle && summaryText ? clip(sentences(summaryText)[0] ?? '', 110).text : '';
  const title = titleFromSummary || cleanTitle(document.title, options.fileName);

  const draft: Draft = {
    title,
    titleTodo: titleFromSummary
      ? "the document has no headline; this is the summary's first sentence: write what broke, for whom"
      : document.title
        ? undefined
        : 'the document has no headline; this comes from its file name: write what broke, for whom',
    summary: summaryText
      ? {
          value: summaryClip.text,
          todo: summaryClip.clipped
            ? `shortened to ${SUMMARY_MAX_LENGTH} characters; the full text is in the body`
            : undefined,
        }
      : { value: todo('what broke, who was hit and why, in words an executive reads in thirty seconds.') },
    severity,
    timezone,
    detectedBy: {
      value: detectedBy,
      todo: `guessed from ${detectedEvent ? quote(plainText([detectedEvent.text]), 40) : 'the summary'}`,
    },
    services: {
      value: services,
      todo: options.services?.length
        ? undefined
        : services.length > 0
          ? `guessed from the services the text names${suggestedNote}`
          : `name the affected services from services.yaml${suggestedNote}`,
    },
    teams: {
      value: teamIds,
      todo: options.teams?.length || teamIds.length === 0 ? undefined : "the services' owning teams",
    },
    impact: {
      description: impactSource
        ? {
            value: impactClip.text,
            todo: `taken from the ${impactText ? 'Impact section' : 'summary'}; say what users experienced`,
          }
        : { value: todo('what users experienced, in their terms, with numbers.') },
      usersAffectedPercent: percent
        ? {
            value: Math.min(100, Number(percent[1])),
            todo: `read from ${quote(percent[0], 40)}; check it is the share of users`,
          }
        : { value: 0, todo: 'the share of users affected, 0-100; a rough figure beats none' },
      customersAffected: customers
        ? { value: Number(customers[1]!.replace(/,/g, '')), todo: `read from ${quote(customers[0], 40)}` }
        : undefined,
    },
    rootCause: {
      category: categoryGuess
        ? {
            value: categoryGuess,
            todo: options.rootCause
              ? undefined
              : `guessed from the words used; the closest of: ${categoryIds.join(', ')}`,
          }
        : { value: categoryIds[0] ?? 'unknown', todo: `pick the closest of: ${categoryIds.join(', ')}` },
      description: rootCauseSource
        ? {
            value: rootCauseClip.text,
            todo: `${rootCauseParagraph ? `moved from the Root cause section${rootCauseClip.clipped ? ' (shortened)' : ''}` : 'taken from the summary'}; make it the cause in one paragraph`,
          }
        : { value: todo('the real cause in one paragraph: what was wrong, not who touched it last.') },
      whys: listItems(linesOf('whys')).slice(0, WHYS_MAX),
    },
    timeline: draftEvents,
    actionItems,
    learnings: listItems(linesOf('learnings')),
    lucky: listItems(linesOf('lucky')),
    authors,
    responders: [],
    tags: [],
    header: [
      `Imported from ${options.fileName} by npm run import, as a draft. Every guess has a TODO comment:`,
      'check it, fix it if needed and delete the TODO. The check refuses TODOs once status is',
      'review or published. Each field is explained in the comment above it and at /guide/.',
    ],
    body,
  };
  const id = postmortemId(isoDate(startDay), slugify(title) || 'imported-postmortem');
  return {
    ok: true,
    id,
    draft,
    unmapped,
    notes,
    suggested: { services: serviceMatch.suggested, teams: teamMatch.suggested },
    stats: { eventsRead: read.events.length, milestones },
  };
}

/** Whether the summary gives an incident that runs over several days (dates close together, not unrelated ones). */
function spansDays(dates: readonly string[]): boolean {
  const sorted = [...dates].sort();
  return sorted.length > 1 && daysBetween(sorted[0]!, sorted.at(-1)!) <= 14;
}

/** Demotes milestones that break started <= detected <= mitigated <= resolved. */
function repairOrder(events: KindedEvent[]): void {
  let reached = -1;
  for (const event of events) {
    const rank = (MILESTONE_KINDS as readonly string[]).indexOf(event.kind);
    if (rank === -1) continue;
    if (rank < reached) event.kind = 'action';
    else reached = rank;
  }
}

/** Placeholder milestones where the timeline gave none, at a time that keeps the order valid. */
function addPlaceholders(events: DraftEvent[], date: CalendarDate, zone: WrittenZone): void {
  const midnight = instantOf(date, { hour: 0, minute: 0, second: 0 }, zone);
  const anchor = events[0]?.at ?? (midnight.ok ? midnight.iso : `${isoDate(date)}T00:00:00Z`);
  for (const kind of ONCE_KINDS) {
    if (events.some((event) => event.kind === kind)) continue;
    const before =
      kind === 'started' ? undefined : events.findLast((event) => ['started', 'detected'].includes(event.kind));
    const after = events.find((event) =>
      kind === 'started'
        ? ['detected', 'mitigated'].includes(event.kind)
        : kind === 'detected' && event.kind === 'mitigated',
    );
    const at =
      kind === 'mitigated'
        ? (events.at(-1)?.at ?? anchor)
        : kind === 'started'
          ? (after?.at ?? anchor)
          : (before?.at ?? after?.at ?? anchor);
    const placeholder: DraftEvent = {
      at,
      kind,
      text: todo(
        kind === 'started'
          ? 'what began the impact.'
          : kind === 'detected'
            ? 'how and when it was noticed.'
            : 'what ended the impact for users.',
      ),
      todo: `the time it was ${kind}; the text does not say`,
    };
    const epoch = Date.parse(at);
    const position =
      kind === 'started'
        ? events.findIndex((event) => Date.parse(event.at) >= epoch)
        : events.findIndex((event) => Date.parse(event.at) > epoch);
    events.splice(position === -1 ? events.length : position, 0, placeholder);
  }
}
