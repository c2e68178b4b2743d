/**
 * What `npm run new` asks for, checked one answer at a time so a prompt can
 * ask again, and all together for the flags. Pure: taxonomies come in.
 */
import { closestMatch, unknownIdMessage, unknownTimeZoneMessage } from '../../schema/suggest.ts';
import { canonicalTimeZone, knownTimeZones } from '../time/zones.ts';
import { KEBAB_ID } from '../../schema/fields.ts';
import { DETECTION_METHODS, SEVERITIES, type MilestoneKind, type Severity } from '../../schema/vocabulary.ts';
import { TITLE_MAX_LENGTH } from '../../schema/rules.ts';
import { timelineOrderProblems } from '../../schema/timeline-rules.ts';
import { parseTimeInput } from '../time/input.ts';
import { isoInZone } from '../time/zoned.ts';

export interface TaxonomyEntry {
  id: string;
  name?: string;
  team?: string;
}

export interface Taxonomies {
  services: readonly TaxonomyEntry[];
  teams: readonly TaxonomyEntry[];
  rootCauses: readonly TaxonomyEntry[];
}

/** The answers as typed (flags or prompts), before checking. */
export interface RawAnswers {
  title?: string;
  severity?: string;
  services?: readonly string[];
  teams?: readonly string[];
  timezone?: string;
  started?: string;
  detected?: string;
  mitigated?: string;
  detectedBy?: string;
  rootCause?: string;
  authors?: readonly string[];
  slug?: string;
}

export interface NewPostmortemAnswers {
  title: string;
  severity: Severity;
  services: string[];
  /** Empty means: the owning teams of the services. */
  teams: string[];
  timezone: string;
  started: string;
  detected?: string;
  mitigated?: string;
  detectedBy?: string;
  rootCause?: string;
  authors: string[];
  slug?: string;
}

/**
 * One answer checked. A rejected answer may come with `retry`: the answer
 * with its typos corrected, which a prompt offers as the default next time.
 */
export type Checked<T> = { ok: true; value: T; notes?: string[] } | { ok: false; message: string; retry?: string };

const ok = <T>(value: T, notes?: string[]): Checked<T> => ({ ok: true, value, notes });
const fail = <T>(message: string, retry?: string): Checked<T> =>
  retry === undefined ? { ok: false, message } : { ok: false, message, retry };

export function checkTitle(text: string | undefined): Checked<string> {
  const title = (text ?? '').trim().replace(/\s+/g, ' ');
  if (!title) return fail('the title is required: what broke, for whom, e.g. "Checkout failed for 1 in 3 customers"');
  if (title.length > TITLE_MAX_LENGTH) {
    return fail(`the title must be at most ${TITLE_MAX_LENGTH} characters (it has ${title.length})`);
  }
  return ok(title);
}

/** `SEV2`, `sev2`, `2` -> `SEV2`. */
export function checkSeverity(text: string | undefined): Checked<Severity> {
  const input = (text ?? '')
    .trim()
    .toUpperCase()
    .replace(/^(SEV)?\s*/, 'SEV');
  if ((SEVERITIES as readonly string[]).includes(input)) return ok(input as Severity);
  return fail(`severity must be one of ${SEVERITIES.join(', ')} (SEV1 is the worst); got "${text ?? ''}"`);
}

/** A list of ids typed as flags or comma/space separated, each one known. */
export function checkIds(
  values: readonly string[] | undefined,
  entries: readonly TaxonomyEntry[],
  kind: string,
  file: string,
  { required }: { required: boolean },
): Checked<string[]> {
  const ids = [
    ...new Set(
      (values ?? [])
        .flatMap((value) => value.split(/[\s,]+/))
        .map((value) => value.trim())
        .filter(Boolean),
    ),
  ];
  const known = entries.map((entry) => entry.id);
  // A number picks from the list as the prompt shows it.
  const resolved = ids.map((id) => (/^\d+$/.test(id) && known[Number(id) - 1] ? known[Number(id) - 1]! : id));
  if (required && resolved.length === 0) return fail(`name at least one ${kind}. Known: ${known.join(', ')}.`);
  const unknown = resolved.filter((id) => !known.includes(id));
  if (unknown.length > 0) {
    const corrected = resolved.map((id) => (known.includes(id) ? id : closestMatch(id, known)));
    const retry = corrected.every(Boolean) ? corrected.join(', ') : undefined;
    return fail(unknown.map((id) => unknownIdMessage(kind, id, known, file)).join('\n'), retry);
  }
  return ok(resolved);
}

export function checkTimeZone(text: string | undefined): Checked<string> {
  const input = (text ?? '').trim();
  const zone = canonicalTimeZone(input);
  if (zone) return ok(input);
  const zones = knownTimeZones();
  return fail(unknownTimeZoneMessage(input, zones), closestMatch(input, zones));
}

export function checkTime(text: string | undefined, timeZone: string, what: string): Checked<string> {
  if (!text?.trim()) return fail(`the ${what} time is required`);
  const result = parseTimeInput(text, timeZone);
  if (!result.ok) return fail(`${what}: ${result.message}`);
  return ok(result.iso, result.note ? [`${what}: ${result.note}`] : undefined);
}

/** A milestone time already given, as ISO 8601 with its offset. */
export interface GivenTime {
  kind: MilestoneKind;
  at: string;
}

/** The schema's order rule over the milestone times given: its message for each one out of order. */
export function timeOrderProblems(times: readonly GivenTime[]): string[] {
  return timelineOrderProblems(times)
    .filter((problem) => problem.path[1] === 'at')
    .map((problem) => problem.message);
}

/** `2025-03-01 14:05`: an instant on the zone's clock, as the prompts ask for it. */
function wallClock(iso: string, timeZone: string): string {
  return isoInZone(Date.parse(iso), timeZone).slice(0, 16).replace('T', ' ');
}

/**
 * A milestone time, read in the zone and checked against the ones given
 * before it, so a prompt can ask again at once: on failure, the reason and
 * the earliest time that would do.
 */
export function checkTimeAfter(
  text: string | undefined,
  timeZone: string,
  kind: MilestoneKind,
  earlier: readonly GivenTime[],
): Checked<string> {
  const time = checkTime(text, timeZone, kind);
  if (!time.ok) return time;
  const problems = timeOrderProblems([...earlier, { kind, at: time.value }]);
  if (problems.length === 0) return time;
  const latest = earlier.reduce((a, b) => (Date.parse(b.at) > Date.parse(a.at) ? b : a));
  return fail(
    `${problems.join('\n')}\nGive a time at or after ${wallClock(latest.at, timeZone)} (${timeZone}), when it was ${latest.kind}.`,
  );
}

export function checkDetectedBy(text: string | undefined): Checked<string> {
  const input = (text ?? '').trim().toLowerCase();
  const byNumber = /^\d+$/.test(input) ? DETECTION_METHODS[Number(input) - 1] : undefined;
  const value = byNumber ?? input;
  if ((DETECTION_METHODS as readonly string[]).includes(value)) return ok(value);
  const match = closestMatch(input, DETECTION_METHODS);
  return fail(
    `detected-by must be one of ${DETECTION_METHODS.join(', ')}${match ? `; did you mean "${match}"?` : ''}; got "${text}"`,
    match,
  );
}

export function checkSlug(text: string | undefined): Checked<string | undefined> {
  if (!text) return ok(undefined);
  if (KEBAB_ID.test(text)) return ok(text);
  return fail(`--slug must be lowercase letters and digits joined by hyphens, e.g. "checkout-pool"; got "${text}"`);
}

/** Every answer at once (for flags): all problems reported together. */
export function checkAnswers(
  raw: RawAnswers,
  taxonomies: Taxonomies,
  files: { services: string; teams: string; rootCauses: string },
): { ok: true; answers: NewPostmortemAnswers; notes: string[] } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const notes: string[] = [];
  const take = <T>(result: Checked<T>): T | undefined => {
    if (!result.ok) {
      problems.push(result.message);
      return undefined;
    }
    notes.push(...(result.notes ?? []));
    return result.value;
  };
  const title = take(checkTitle(raw.title));
  const severity =
    raw.severity === undefined
      ? (problems.push('--severity is required'), undefined)
      : take(checkSeverity(raw.severity));
  const services = take(checkIds(raw.services, taxonomies.services, 'service', files.services, { required: true }));
  const teams = take(checkIds(raw.teams, taxonomies.teams, 'team', files.teams, { required: false }));
  const timezone =
    raw.timezone === undefined
      ? (problems.push('--timezone is required, e.g. Europe/Berlin'), undefined)
      : take(checkTimeZone(raw.timezone));
  const zone = timezone ?? 'UTC';
  const started =
    raw.started === undefined
      ? (problems.push('--started is required: when the impact began'), undefined)
      : take(checkTime(raw.started, zone, 'started'));
  const detected = raw.detected ? take(checkTime(raw.detected, zone, 'detected')) : undefined;
  const mitigated = raw.mitigated ? take(checkTime(raw.mitigated, zone, 'mitigated')) : undefined;
  const detectedBy = raw.detectedBy ? take(checkDetectedBy(raw.detectedBy)) : undefined;
  const rootCause = raw.rootCause
    ? take(
        checkIds([raw.rootCause], taxonomies.rootCauses, 'root-cause category', files.rootCauses, { required: true }),
      )?.[0]
    : undefined;
  const slug = take(checkSlug(raw.slug));
  const times = (
    [
      ['started', started],
      ['detected', detected],
      ['mitigated', mitigated],
    ] as const
  ).flatMap(([kind, at]): GivenTime[] => (at === undefined ? [] : [{ kind, at }]));
  problems.push(...timeOrderProblems(times));
  if (problems.length > 0 || !title || !severity || !services || !timezone || !started) return { ok: false, problems };
  return {
    ok: true,
    notes,
    answers: {
      title,
      severity,
      services,
      teams: teams ?? [],
      timezone,
      started,
      detected,
      mitigated,
      detectedBy,
      rootCause,
      authors: (raw.authors ?? []).map((author) => author.trim()).filter(Boolean),
      slug,
    },
  };
}
