/**
 * Kinds for timeline entries: started, detected and mitigated exactly once
 * and in that order, resolved at most once, the rest by the words used.
 * A milestone found by its words is `read`; one taken by position (the
 * first or last entry) is `guessed` and carries a TODO; one the text does
 * not give at all becomes a placeholder event.
 */
import type { EventKind, OnceKind } from '../../schema/vocabulary.ts';
import type { TimedEvent } from './time-events.ts';

const MISLEADING =
  /\b(misleading|red herring|dead[- ]end|wrong(ly)?|incorrect(ly)?|false (lead|alarm)|assum(ed|ing|ption)|suspect(ed|ing)?|(initially|first) (thought|believed|suspected)|thought|ruled out|unrelated|did not help|didn't help|no effect|errors? (continued|persisted))\b/i;
const ESCALATED = /\b(escalat\w*|brought in|pulled in|looped in|called in|incident commander|war room|declared)\b/i;
const STARTED =
  /\b(began|begins|started|starts|start of|outage (began|started|occurred|hit)|went (down|offline)|goes down|(was|is|were) down|became (unavailable|unresponsive)|stopped (working|responding)|first (errors?|reports?|signs?|failures?)|incident (began|start)|impact (began|started)|deploy(ed|ment)|rolled out|roll-?out|pushed|released|introduced|upgrade[ds]?|crash(ed|es)?|spike[ds]?|issue occur\w*|outage occur\w*|occurred|triggered)\b/i;
const DETECTED =
  /\b(alert(ed|s)?|fired|paged|pager|noticed|detected|detection|report(ed|s)?|complain\w*|flagged|spotted|raised|tickets?|monitoring|discovered|became aware|notified|acknowledged)\b/i;
const MITIGATED =
  /\b(mitigat\w*|restored|recover(ed|y)|back (to normal|online|up)|returned to normal|rolled back|reverted|roll(ed)?back|fix(ed)? (was )?(deployed|applied)|fixed|corrected|resumed|working again|up and running|operational|resolved|resolution|normal (operation|service)|stabili[sz]ed)\b/i;
const RESOLVED =
  /\b(resolved|all[- ]clear|closed|fully (recovered|restored|operational)|incident (is )?over|post-?mortem)\b/i;

export interface KindedEvent extends TimedEvent {
  kind: EventKind;
  /** Why a milestone was chosen by position, for the author to confirm. */
  guessed?: string;
  /** Set on placeholder events the importer adds. */
  placeholder?: boolean;
}

export type Found = 'read' | 'guessed' | 'missing';

export function assignKinds(events: readonly TimedEvent[]): {
  events: KindedEvent[];
  found: Record<OnceKind, Found>;
} {
  const sorted: KindedEvent[] = [...events]
    .map((event, order) => ({ event, order }))
    .sort((a, b) => a.event.epoch - b.event.epoch || a.order - b.order)
    .map(({ event }) => ({ ...event, kind: 'action' as EventKind }));
  const found: Record<OnceKind, Found> = { started: 'missing', detected: 'missing', mitigated: 'missing' };
  if (sorted.length === 0) return { events: sorted, found };
  const matching = (pattern: RegExp, from: number, to = sorted.length, exclude?: RegExp) =>
    sorted.findIndex(
      (event, index) =>
        index >= from && index < to && !event.backwards && pattern.test(event.text) && !exclude?.test(event.text),
    );

  const firstDetected = matching(DETECTED, 0, sorted.length, MISLEADING);
  let started = matching(
    STARTED,
    0,
    firstDetected === -1 ? sorted.length : firstDetected + 1,
    /\b(investigat|check|started (looking|work|troubleshoot|debugg|investigat|to (look|check|investigat)))/i,
  );
  if (
    started >= 0 &&
    started === firstDetected &&
    !/\b(began|started|occurred|went down|was down)\b/i.test(sorted[started]!.text)
  ) {
    started = -1;
  }
  if (started >= 0) found.started = 'read';

  let detected = matching(DETECTED, Math.max(started, 0) + (started >= 0 ? 1 : 0), sorted.length, MISLEADING);
  if (detected < 0 && started >= 0 && /\b(detected|noticed|alert|reported)\b/i.test(sorted[started]!.text))
    detected = -1;
  if (detected >= 0) found.detected = 'read';
  if (started < 0 && detected > 0) {
    started = 0;
    found.started = 'guessed';
    sorted[0]!.guessed = 'the first entry, before the detection';
  }

  const from = Math.max(started, detected) + 1;
  let mitigated = matching(MITIGATED, from, sorted.length, MISLEADING);
  if (mitigated >= 0) found.mitigated = 'read';
  else if (from < sorted.length && sorted.length > 2) {
    mitigated = sorted.length - 1;
    found.mitigated = 'guessed';
    sorted[mitigated]!.guessed = 'the last entry';
  }
  if (started >= 0) sorted[started]!.kind = 'started';
  if (detected >= 0) sorted[detected]!.kind = 'detected';
  if (mitigated >= 0) {
    sorted[mitigated]!.kind = 'mitigated';
    const resolved = sorted.findLastIndex((event, index) => index > mitigated && RESOLVED.test(event.text));
    if (resolved >= 0) sorted[resolved]!.kind = 'resolved';
  }
  const firstMilestone = [started, detected, mitigated].filter((index) => index >= 0).sort((a, b) => a - b)[0] ?? 0;
  for (const [index, event] of sorted.entries()) {
    if (event.kind !== 'action') continue;
    if (index < firstMilestone && started >= 0) event.kind = 'note';
    else if (MISLEADING.test(event.text)) event.kind = 'misleading';
    else if (ESCALATED.test(event.text)) event.kind = 'escalated';
  }
  return { events: sorted, found };
}
