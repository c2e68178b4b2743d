/** One synthetic postmortem: front matter and body, as the text of its .mdx file. */
import { generateBody } from './body.ts';
import { ROOT_CAUSES, type RootCause } from './causes.ts';
import {
  DETECTED_BY_PHRASE,
  EVENTS,
  IMPACT,
  LEARNINGS,
  LUCKY,
  METRICS,
  SUMMARY,
  VENDORS,
  WEEKDAYS,
} from './phrases.ts';
import type { Random } from './random.ts';
import { PEOPLE, SERVICES, TEAMS, ZONES, type Service } from './taxonomy.ts';
import { fill, type Slots } from './template.ts';
import { generateTimeline, type Milestones } from './timeline.ts';
import { Bare, yamlMapping, type YamlValue } from './yaml-text.ts';
import { zonedClock, zonedDate } from './zones.ts';

const DAY = 86_400_000;
/** Action items due before this are mostly finished: the corpus does not depend on today's date. */
const SETTLED_BEFORE = '2025-07-01';

/** State shared by the postmortems of one corpus. */
export interface CorpusState {
  random: Random;
  causeWeights: [RootCause, number][];
  serviceWeights: [Service, number][];
  /** DST transitions per zone within the corpus's years. */
  transitions: Map<string, number[]>;
  usedIds: Set<string>;
  usedAliases: Set<string>;
  /** The latest published postmortem per root cause, for `related`. */
  latestByCause: Map<string, string>;
}

export interface GeneratedPostmortem {
  id: string;
  status: string;
  category: string;
  text: string;
}

const SEVERITY_RANGES = { SEV1: [40, 100], SEV2: [10, 60], SEV3: [2, 30], SEV4: [0, 5] } as const;
const TTD_RANGES: Record<string, [number, number]> = {
  monitoring: [1, 30],
  'automated-test': [3, 20],
  customer: [15, 150],
  employee: [8, 90],
  'third-party': [10, 60],
};

function minutesText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const part = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;
  if (hours === 0) return part(rest, 'minute');
  return rest === 0 ? part(hours, 'hour') : `${part(hours, 'hour')} ${part(rest, 'minute')}`;
}

/** Durations: usually ordinary, sometimes spanning a DST change in the incident's zone. */
function milestonesFor(state: CorpusState, zone: string, startedMs: number, detectedBy: string): Milestones {
  const { random } = state;
  const [ttdMin, ttdMax] = TTD_RANGES[detectedBy]!;
  const resolveAfter = random.chance(0.85) ? random.int(10, 600) : undefined;
  const transitions = state.transitions.get(zone) ?? [];
  if (transitions.length > 0 && random.chance(0.04)) {
    // Start shortly before a clock change and mitigate after it.
    const transition = random.pick(transitions);
    const lead = random.int(10, 100);
    return { startedMs: transition - lead * 60_000, ttd: random.int(5, 40), ttm: random.int(110, 240), resolveAfter };
  }
  const ttm = random.int(5, random.chance(0.2) ? 480 : 120);
  return { startedMs, ttd: random.int(ttdMin, ttdMax), ttm, resolveAfter };
}

export function generatePostmortem(state: CorpusState, startedMs: number, index: number): GeneratedPostmortem {
  const { random } = state;
  const cause = random.weighted(state.causeWeights);
  const primary = random.weighted(state.serviceWeights);
  const extraServices = random.sample(
    SERVICES.filter((service) => service !== primary),
    random.weighted([
      [0, 6],
      [1, 3],
      [2, 1],
    ] as const),
  );
  const services = [primary, ...extraServices];
  const dependency = extraServices[0] ?? random.pick(SERVICES.filter((service) => service !== primary));
  const severity = random.weighted([
    ['SEV1', 5],
    ['SEV2', 20],
    ['SEV3', 45],
    ['SEV4', 30],
  ] as const);
  const status = random.weighted([
    ['published', 90],
    ['draft', 7],
    ['review', 3],
  ] as const);
  const detectedBy = random.weighted([
    ['monitoring', 55],
    ['customer', 15],
    ['employee', 12],
    ['automated-test', 8],
    ['third-party', 10],
  ] as const);
  const { zone, region } = random.weighted(ZONES.map((entry) => [entry, entry.weight] as const));
  const milestones = milestonesFor(state, zone, startedMs, detectedBy);
  const team = TEAMS.find((candidate) => candidate.id === primary.team)!;
  const [low, high] = SEVERITY_RANGES[severity];
  const percent = random.int(low, high);

  const slots: Slots = {
    service: primary.noun,
    serviceName: primary.name,
    serviceId: `\`${primary.id}\``,
    dependency: dependency.noun,
    dependencyId: `\`${dependency.id}\``,
    team: team.name,
    region,
    zone,
    ttd: minutesText(milestones.ttd),
    ttm: minutesText(milestones.ttm),
    impact: minutesText(milestones.ttd + milestones.ttm),
    percent: String(percent),
    metric: random.pick(METRICS),
    vendor: random.pick(VENDORS),
    weekday: random.pick(WEEKDAYS),
    partOfDay: random.pick(['morning', 'lunchtime', 'evening']),
    change: `CHG-${1000 + index}`,
    version: `${random.int(1, 9)}.${random.int(0, 40)}.${random.int(0, 12)}`,
    host: `db-${String(random.int(1, 24)).padStart(2, '0')}`,
    limit: String(random.pick([5, 10, 20, 50])),
    severity,
    startClock: zonedClock(zone, milestones.startedMs),
    detectedBy: DETECTED_BY_PHRASE[detectedBy]!,
  };
  const trigger = fill(random.pick(cause.triggers), slots);
  slots.cause = trigger;

  const date = zonedDate(zone, milestones.startedMs);
  const id = uniqueId(state.usedIds, `${date}-${primary.id}-${cause.id}`);
  const timeline = generateTimeline(
    random,
    zone,
    milestones,
    { started: trigger, detected: fill(random.pick(EVENTS.detected[detectedBy]!), slots) },
    slots,
  );

  const actionItems = pickActions(random, cause, severity).map((action, number) => {
    const due = new Date(Date.parse(date) + random.int(14, 120) * DAY).toISOString().slice(0, 10);
    return {
      title: fill(action.title, slots),
      owner: random.chance(0.5) ? team.id : random.pick(PEOPLE),
      due: new Bare(due),
      status: actionStatus(random, due, status),
      type: action.type,
      link: random.chance(0.6)
        ? `https://tracker.example.com/${team.id.toUpperCase()}-${index * 8 + number}`
        : undefined,
    };
  });

  const learnings = [
    ...random.sample(cause.learnings, random.int(1, 2)),
    ...random.sample(LEARNINGS, random.int(2, 3)),
  ].map((text) => fill(text, slots));
  const previous = state.latestByCause.get(cause.id);
  const alias = `${date}-${primary.id}-outage`;
  const hasAlias = random.chance(0.01) && !state.usedAliases.has(alias);
  if (hasAlias) state.usedAliases.add(alias);
  if (status === 'published') state.latestByCause.set(cause.id, id);

  const frontMatter: Record<string, YamlValue | undefined> = {
    title: fill(random.pick(cause.titles), slots),
    summary: fill(random.pick(SUMMARY), slots),
    severity,
    status,
    visibility: random.chance(0.3) ? 'public' : 'internal',
    timezone: zone,
    detectedBy,
    services: services.map((service) => service.id),
    teams: [...new Set([...services.map((service) => service.team), ...(random.chance(0.15) ? ['sre'] : [])])],
    trigger: random.chance(0.8) ? trigger : undefined,
    impact: {
      description: fill(random.pick(IMPACT), slots),
      usersAffectedPercent: percent,
      customersAffected: random.chance(0.6) ? percent * random.int(50, 900) : undefined,
      revenueLoss:
        severity === 'SEV1' || (severity === 'SEV2' && random.chance(0.5))
          ? { amount: random.int(20, 900) * 100, currency: zone.startsWith('Europe') ? 'EUR' : 'USD' }
          : undefined,
    },
    rootCause: {
      category: cause.id,
      description: fill(random.pick(cause.causes), slots),
      whys: cause.whys.slice(0, random.int(3, 5)).map((why) => fill(why, slots)),
    },
    contributingFactors: random.chance(0.3)
      ? random.sample(
          ROOT_CAUSES.filter((other) => other !== cause).map((other) => other.id),
          random.int(1, 2),
        )
      : undefined,
    timeline,
    actionItems,
    learnings,
    lucky: random.chance(0.4) ? random.sample(LUCKY, random.int(1, 2)) : undefined,
    authors: random.sample(PEOPLE, random.int(1, 2)),
    responders: random.sample(PEOPLE, random.int(2, 5)),
    related: previous && random.chance(0.25) ? [previous] : undefined,
    tags: random.chance(0.6) ? random.sample(cause.tags, random.int(1, 3)) : undefined,
    aliases: hasAlias ? [alias] : undefined,
  };
  const body = generateBody(random, {
    cause,
    detectedBy,
    slots,
    actionTitles: actionItems.map((item) => item.title),
  });
  return { id, status, category: cause.id, text: `---\n${yamlMapping(frontMatter)}---\n\n${body}` };
}

function uniqueId(used: Set<string>, wanted: string): string {
  let id = wanted;
  for (let suffix = 2; used.has(id); suffix++) id = `${wanted}-${suffix}`;
  used.add(id);
  return id;
}

/** Two to four of the cause's actions; a SEV1 or SEV2 always gets one that detects or prevents. */
function pickActions(random: Random, cause: RootCause, severity: string) {
  const chosen = random.sample(cause.actions, random.int(2, 4));
  const stopsRepeats = (action: RootCause['actions'][number]) => action.type === 'prevent' || action.type === 'detect';
  if ((severity === 'SEV1' || severity === 'SEV2') && !chosen.some(stopsRepeats)) {
    chosen.push(cause.actions.find(stopsRepeats)!);
  }
  return chosen;
}

function actionStatus(random: Random, due: string, status: string): string {
  if (status === 'draft') return 'open';
  if (due < SETTLED_BEFORE) {
    return random.weighted([
      ['done', 85],
      ['wont-do', 8],
      ['in-progress', 5],
      ['open', 2],
    ] as const);
  }
  return random.weighted([
    ['done', 40],
    ['in-progress', 25],
    ['open', 30],
    ['wont-do', 5],
  ] as const);
}
