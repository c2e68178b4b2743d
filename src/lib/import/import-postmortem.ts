/**
 * Turns a postmortem written in the common Markdown template (Issue Summary,
 * Timeline, Root cause and resolution, Corrective and preventative measures)
 * into a draft in this archive's format. What it reads is mapped into the
 * front matter with a `TODO:` on every guess; what it cannot map is kept in
 * the body as written and listed. Pure: the caller reads and writes files.
 */
import { PLACEHOLDER_MARKER } from '../check/template-markers.ts';
import type { Taxonomies } from '../scaffold/answers.ts';
import type { Draft, DraftActionItem, DraftEvent, Guessed } from '../scaffold/render.ts';
import { postmortemId, slugify } from '../scaffold/slug.ts';
import { CORRECTIVE_GUIDANCE, guidance, owningTeams, ROOT_CAUSE_GUIDANCE } from '../scaffold/template.ts';
import { calendarDateIn } from '../time-format.ts';
import type { Severity } from '../../schema/postmortem.ts';
import { defaultDue, readActionItems, type WrittenActionItem } from './action-items.ts';
import {
  cleanTitle,
  closestCategory,
  detectionMethod,
  metadataOf,
  PERCENT,
  servicesMentioned,
  severityIn,
} from './guesses.ts';
import { toMdxSafe } from './mdx-safe.ts';
import { clip, listItems, paragraphs, plainText, sentences } from './plain-text.ts';
import { normaliseHeading, splitDocument, trimBlankLines, type Section } from './sections.ts';
import { assignKinds, readTimeline, timeEvents, type KindedEvent } from './timeline.ts';
import {
  clockTimesIn,
  findDate,
  formatDate,
  instantOf,
  statedZone,
  type CalendarDate,
  type WrittenZone,
} from './when.ts';

export interface ImportOptions {
  /** The source file's name, for its date and for notes. */
  fileName: string;
  taxonomies: Taxonomies;
  /** IANA zone for the page and for times written without one. */
  timezone?: string;
  /** The incident date, YYYY-MM-DD, when the document does not say. */
  date?: string;
  severity?: Severity;
  services?: readonly string[];
  teams?: readonly string[];
  rootCause?: string;
  authors?: readonly string[];
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
    }
  | { ok: false; problems: string[] };

type Role =
  | 'summary'
  | 'impact'
  | 'timeline'
  | 'rootCauseAndResolution'
  | 'rootCause'
  | 'resolution'
  | 'corrective'
  | 'actionItems'
  | 'learnings'
  | 'lucky'
  | 'whys';

const ROLES: [Role, RegExp][] = [
  ['rootCauseAndResolution', /^root causes? (analysis )?and (resolution|fix|recovery)$/],
  ['summary', /^((issue|incident|executive|event) )?(summary|overview)$|^tl ?dr$|^what happened$/],
  ['impact', /^((customer|user|business) )?impact$/],
  ['timeline', /\btimeline\b|sequence of events|chronology/],
  ['whys', /\b(five|5) whys\b|^whys$/],
  ['rootCause', /^(the )?root causes?( analysis)?$|^causes?$|^why it happened$|^contributing factors$/],
  [
    'resolution',
    /^(resolution|recovery|remediation|mitigation)( and recovery)?$|^how (it was|we) (fixed|resolved) it$/,
  ],
  ['corrective', /corrective|preventa?tive|prevention/],
  ['actionItems', /^(action items?|follow ?ups?|next steps|tasks|to ?do)$/],
  ['learnings', /lessons? learned|learnings|takeaways|what (we|i) learned/],
  ['lucky', /lucky/],
];

function roleOf(heading: string): Role | undefined {
  const normalised = normaliseHeading(heading);
  return ROLES.find(([, pattern]) => pattern.test(normalised))?.[0];
}

const todo = (text: string) => `${PLACEHOLDER_MARKER} ${text}`;
const quote = (text: string, length = 50) => `"${text.length > length ? `${text.slice(0, length - 1)}…` : text}"`;

/** Headings inside a section moved so the section's own level becomes `##`. */
function relevel(lines: readonly string[], shift: number): string[] {
  if (shift === 0) return [...lines];
  return lines.map((line) =>
    line.replace(
      /^( {0,3})(#{1,6})(\s)/,
      (_, indent: string, hashes: string, space: string) =>
        `${indent}${'#'.repeat(Math.min(6, Math.max(3, hashes.length + shift)))}${space}`,
    ),
  );
}

export function importPostmortem(markdown: string, options: ImportOptions): ImportResult {
  const { taxonomies } = options;
  const problems: string[] = [];
  const notes: string[] = [];
  const unmapped: string[] = [];
  const document = splitDocument(markdown);
  const sectionsByRole = new Map<Role, Section[]>();
  for (const section of document.sections) {
    const role = roleOf(section.heading);
    if (role) sectionsByRole.set(role, [...(sectionsByRole.get(role) ?? []), section]);
  }
  const linesOf = (role: Role) => (sectionsByRole.get(role) ?? []).flatMap((section) => section.lines);
  const wholeText = markdown;
  const metadata = metadataOf(document.preamble);
  const meta = (pattern: RegExp) => metadata.find((entry) => pattern.test(entry.key));
  const usedMetadata = new Set<string>();
  const useMeta = (pattern: RegExp) => {
    const entry = meta(pattern);
    if (entry) usedMetadata.add(entry.line);
    return entry?.value;
  };

  // The issue summary, and the times it gives for the start and the end.
  const summaryLines = linesOf('summary');
  const summaryText = plainText(summaryLines);
  const summaryTimes = clockTimesIn(summaryText);
  const summaryZone = summaryTimes.find((time) => time.zone)?.zone;

  // The incident date: given, or the first one the document states.
  const timelineLines = linesOf('timeline');
  const fileDate = findDate(options.fileName)?.date;
  const documentYear =
    findDate(summaryText)?.date.year ??
    findDate(document.title ?? '')?.date.year ??
    fileDate?.year ??
    findDate(wholeText)?.date.year;
  const givenDate = options.date ? findDate(options.date)?.date : undefined;
  const metaDate = useMeta(/^(date|incident date|when)$/);
  const firstTimelineEvent = readTimeline(timelineLines, documentYear).events.find((event) => event.date)?.date;
  const incidentDate: CalendarDate | undefined =
    givenDate ??
    findDate(summaryText, documentYear)?.date ??
    (metaDate ? findDate(metaDate, documentYear)?.date : undefined) ??
    findDate(document.title ?? '', documentYear)?.date ??
    firstTimelineEvent ??
    fileDate;
  if (!incidentDate) {
    problems.push('no incident date found in the document or its file name; pass --date YYYY-MM-DD');
  }

  // Zones: the page's zone, and the one for times written without any.
  const timelineText = timelineLines.join('\n');
  const given = options.timezone ? { text: options.timezone, zone: options.timezone } : undefined;
  const stated = statedZone(timelineText) ?? statedZone(document.title ?? '') ?? statedZone(summaryText);
  const read = readTimeline(timelineLines, incidentDate?.year ?? documentYear);
  const writtenZones = read.events.flatMap((event) => (event.zone ? [event.zone] : []));
  const commonZone = writtenZones.sort(
    (a, b) =>
      writtenZones.filter((zone) => zone.zone === b.zone).length -
      writtenZones.filter((zone) => zone.zone === a.zone).length,
  )[0];
  const defaultZone: WrittenZone = given ??
    stated ??
    commonZone ??
    summaryZone ?? { text: 'UTC', offset: 0, zone: 'UTC' };
  if (!given && !stated && read.events.some((event) => !event.zone)) {
    notes.push(
      `timeline times written without a zone were read in ${defaultZone.text}${defaultZone === commonZone || defaultZone === summaryZone ? ', the zone the other times use' : ''}; pass --timezone if that is wrong`,
    );
  }
  const pageZoneName = options.timezone ?? defaultZone.zone ?? commonZone?.zone ?? 'UTC';
  const timezone: Guessed<string> = options.timezone
    ? { value: options.timezone }
    : {
        value: pageZoneName,
        todo: `guessed from "${defaultZone.text}"; the IANA zone readers should see times in`,
      };

  // Timeline.
  const leftoverTimeline = read.leftover.filter((line) => !statedZone(line));
  let events: KindedEvent[] = [];
  let missing: ('started' | 'detected' | 'mitigated')[] = ['started', 'detected', 'mitigated'];
  if (incidentDate) {
    const timed = timeEvents(read.events, incidentDate, defaultZone);
    notes.push(...timed.notes);
    const hints = {
      start: summaryTimes[0]?.time,
      end: summaryTimes.length > 1 ? summaryTimes[1]!.time : undefined,
    };
    ({ events, missing } = assignKinds(timed.events, hints));
  }
  if (read.events.length === 0) notes.push('no timeline entries were found; the timeline has placeholder events');
  const draftEvents: DraftEvent[] = events.map((event) => ({
    at: event.at,
    kind: event.kind,
    text: plainText([event.text]),
    todo: event.reason ? `check this is when it was ${event.kind} (${event.reason})` : undefined,
  }));
  // Placeholder milestones where the timeline did not give one, at a time that keeps the order valid.
  const anchor = (() => {
    if (events.length > 0) return events[0]!.at;
    if (!incidentDate) return '2000-01-01T00:00:00Z';
    const start = summaryTimes[0];
    const instant = instantOf(
      incidentDate,
      start?.time ?? { hour: 0, minute: 0, second: 0 },
      start?.zone ?? defaultZone,
    );
    return instant.ok ? instant.iso : `${formatDate(incidentDate)}T00:00:00Z`;
  })();
  for (const kind of missing) {
    const before =
      kind === 'started' ? undefined : draftEvents.findLast((event) => ['started', 'detected'].includes(event.kind));
    const after = draftEvents.find((event) => event.kind === 'mitigated');
    const at = kind === 'mitigated' ? (draftEvents.at(-1)?.at ?? anchor) : (before?.at ?? after?.at ?? anchor);
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
      todo: `the time it was ${kind}`,
    };
    // Keep time order: insert before the first event that is later.
    const later = draftEvents.findIndex((event) => Date.parse(event.at) > Date.parse(at));
    const position = later === -1 ? draftEvents.length : later;
    draftEvents.splice(position, 0, placeholder);
  }

  // The day it started, in the page's zone: the file's date, and what due dates count from.
  const firstEvent = draftEvents.find((event) => event.kind === 'started') ?? draftEvents[0];
  const startDay = firstEvent ? findDate(calendarDateIn(new Date(firstEvent.at), pageZoneName))?.date : incidentDate;

  // Impact.
  const impactLines = linesOf('impact');
  const impactItems = listItems(impactLines);
  const impactText =
    impactItems.length > 0
      ? impactItems.map((item) => `${item[0]!.toUpperCase()}${item.slice(1).replace(/[.;,]\s*$/, '')}.`).join(' ')
      : plainText(impactLines);
  const impactFromSummary = sentences(summaryText)
    .filter((sentence) =>
      /\b(users?|customers?|requests?|orders?|impact|affected|could not|unable|errors?|failed)\b/i.test(sentence),
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
      (paragraph) => !paragraph.some((line) => /^\s*(#|[-*+]\s|\d+[.)]\s|\||```)/.test(line)),
    ) ?? [];
  const rootCauseParagraph = plainText(rootCauseParagraphLines);
  const rootCauseSentence = sentences(summaryText).find((sentence) => /root cause|caused by|because/i.test(sentence));
  const rootCauseSource = rootCauseParagraph || rootCauseSentence || '';
  const rootCauseClip = clip(rootCauseSource, 700);
  const categoryGuess = options.rootCause ?? closestCategory(plainText(rootCauseLines) || summaryText, taxonomies);
  const categoryIds = taxonomies.rootCauses.map((category) => category.id);

  // Services and teams.
  const metaServices = useMeta(/^(services?|systems?( affected)?|affected (services|systems))$/);
  const serviceGuess = options.services?.length
    ? [...options.services]
    : servicesMentioned(`${document.title ?? ''}\n${metaServices ?? ''}\n${wholeText}`, taxonomies);
  if (serviceGuess.length === 0) {
    problems.push(
      `could not tell which service was affected; pass --service <id> (known: ${taxonomies.services.map((service) => service.id).join(', ')})`,
    );
  }
  const teams = options.teams?.length ? [...options.teams] : owningTeams(serviceGuess, taxonomies);

  // Severity, authors, detection.
  const metaSeverity = useMeta(/^(severity|sev|priority|impact level)$/);
  const severityGuess = options.severity
    ? { value: options.severity }
    : (severityIn(metaSeverity ?? '') ?? severityIn(summaryText) ?? severityIn(document.title ?? ''));
  const severity: Guessed<Severity> = severityGuess
    ? { value: severityGuess.value, todo: 'note' in severityGuess ? severityGuess.note : undefined }
    : { value: 'SEV3', todo: 'no severity was written; SEV1 (worst) to SEV4' };
  const metaAuthors = useMeta(/^(authors?|written by|prepared by|owner|postmortem owner)$/);
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
  const year = incidentDate?.year;
  const corrective = readActionItems(linesOf('corrective'), { bulletsAreTasks: false }, year);
  const actionSection = readActionItems(linesOf('actionItems'), { bulletsAreTasks: true }, year);
  const written: WrittenActionItem[] = [...corrective.items, ...actionSection.items];
  const actionItems: DraftActionItem[] = written.map((item) => {
    const checks = [item.due ? undefined : 'set the due date', `check the type (guessed: ${item.type})`].filter(
      Boolean,
    );
    return {
      title: item.title,
      owner: item.owner ?? todo('owner'),
      due: item.due ?? (startDay ? defaultDue(startDay) : '2000-01-31'),
      status: item.status,
      type: item.type,
      link: item.link,
      todo: checks.join('; '),
    };
  });

  if (problems.length > 0 || !incidentDate) return { ok: false, problems };

  // The body: mapped sections left out, the rest kept as written.
  const sectionLevel = document.sections[0]?.level ?? 2;
  const shift = 2 - sectionLevel;
  const summaryClip = clip(summaryText, 600);
  const impactFits = impactLines.length === 0 || !impactClip.clipped;
  const chunks: string[] = [
    guidance([
      `imported from ${options.fileName} by npm run import. The summary, timeline, impact,`,
      'root cause, action items and learnings it could read are in the front matter, each guess',
      'marked TODO. What it could not map is kept below as it was written: move what belongs in',
      'the front matter there, make the rest read well, and delete this comment.',
    ]),
  ];
  const keep = (lines: readonly string[]) => {
    const trimmed = trimBlankLines(lines);
    if (trimmed.length > 0) chunks.push(toMdxSafe(relevel(trimmed, shift).join('\n')));
  };
  const preambleRest = document.preamble.filter((line) => line.trim() && !usedMetadata.has(line));
  if (preambleRest.some((line) => !/^\s*<!--[\s\S]*-->\s*$/.test(line))) {
    unmapped.push(
      ...preambleRest
        .filter((line) => !/^\s*<!--/.test(line))
        .map((line) => `the line ${quote(line.trim())} before the first section`),
    );
  }
  keep(preambleRest);

  let wroteRootCause = false;
  let wroteCorrective = false;
  const writeRootCause = () => {
    if (wroteRootCause) return;
    wroteRootCause = true;
    chunks.push('## Root cause and resolution');
    const combined = linesOf('rootCauseAndResolution');
    const cause = linesOf('rootCause');
    const resolution = sectionsByRole.get('resolution') ?? [];
    if (combined.length + cause.length + resolution.length === 0) {
      chunks.push(ROOT_CAUSE_GUIDANCE);
      unmapped.push('no "Root cause" section: the body has guidance for it instead');
      return;
    }
    // The paragraph that became rootCause.description is on the page already; the body does not repeat it.
    const lines = [...combined, ...cause];
    const moved = rootCauseParagraph && !rootCauseClip.clipped ? rootCauseParagraphLines : [];
    const start = moved.length > 0 ? lines.indexOf(moved[0]!) : -1;
    keep(start === -1 ? lines : [...lines.slice(0, start), ...lines.slice(start + moved.length)]);
    for (const section of resolution) {
      chunks.push(`### ${section.heading}`);
      keep(section.lines);
    }
  };
  const writeCorrective = () => {
    if (wroteCorrective) return;
    wroteCorrective = true;
    chunks.push('## Corrective and preventative measures');
    const rest = trimBlankLines([...corrective.rest, ...actionSection.rest]);
    if (rest.some((line) => line.trim())) keep(rest);
    else chunks.push(CORRECTIVE_GUIDANCE);
  };

  for (const section of document.sections) {
    const role = roleOf(section.heading);
    switch (role) {
      case 'summary':
        if (summaryClip.clipped) {
          chunks.push(`## ${section.heading}`);
          keep(section.lines);
          unmapped.push(
            `section "${section.heading}": longer than the 600-character summary, so it is also kept in the body`,
          );
        }
        break;
      case 'impact':
        if (!impactFits) {
          chunks.push(`## ${section.heading}`);
          keep(section.lines);
          unmapped.push(
            `section "${section.heading}": too long for impact.description, so it is also kept in the body`,
          );
        }
        break;
      case 'timeline':
        if (leftoverTimeline.some((line) => line.trim())) {
          chunks.push('## Notes from the timeline');
          keep(leftoverTimeline);
          unmapped.push(
            ...leftoverTimeline
              .filter((line) => line.trim())
              .map((line) => `timeline line ${quote(line.trim())} (no time found; kept in the body)`),
          );
        }
        break;
      case 'rootCause':
      case 'rootCauseAndResolution':
      case 'resolution':
        writeRootCause();
        break;
      case 'corrective':
      case 'actionItems':
        writeRootCause();
        writeCorrective();
        break;
      case 'learnings':
      case 'lucky':
      case 'whys':
        break;
      default:
        chunks.push(`## ${section.heading}`);
        keep(section.lines);
        unmapped.push(`section "${section.heading}" (kept in the body)`);
    }
  }
  writeRootCause();
  writeCorrective();

  const whys = listItems(linesOf('whys')).slice(0, 7);
  const title = cleanTitle(document.title, options.fileName);

  const draft: Draft = {
    title,
    summary: summaryText
      ? {
          value: summaryClip.text,
          todo: summaryClip.clipped ? 'shortened to 600 characters; the full text is in the body' : undefined,
        }
      : { value: todo('what broke, who was hit and why, in words an executive reads in thirty seconds.') },
    severity,
    timezone,
    detectedBy: {
      value: detectedBy,
      todo: `guessed from ${detectedEvent ? quote(plainText([detectedEvent.text]), 40) : 'the summary'}`,
    },
    services: {
      value: serviceGuess,
      todo: options.services?.length ? undefined : 'guessed from the services the text names',
    },
    teams: {
      value: teams,
      todo: options.teams?.length || teams.length === 0 ? undefined : "the services' owning teams",
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
      whys,
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
    body: `${chunks.join('\n\n')}\n`,
  };
  const id = postmortemId(startDay ? formatDate(startDay) : formatDate(incidentDate), slugify(title));
  return { ok: true, id, draft, unmapped, notes };
}
