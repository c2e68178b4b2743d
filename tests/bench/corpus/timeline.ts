/** A timeline of 5-12 events in time order, each written with its zone's offset at that instant. */
import { EVENTS } from './phrases.ts';
import type { Random } from './random.ts';
import { fill, type Slots } from './template.ts';
import { zonedIso } from './zones.ts';

const MINUTE = 60_000;

export interface TimelineEvent {
  at: string;
  kind: string;
  text: string;
}

export interface Milestones {
  startedMs: number;
  /** Minutes from started to detected, detected to mitigated, mitigated to resolved (none when unresolved). */
  ttd: number;
  ttm: number;
  resolveAfter?: number;
}

export function generateTimeline(
  random: Random,
  zone: string,
  milestones: Milestones,
  texts: { started: string; detected: string },
  slots: Slots,
): TimelineEvent[] {
  const { startedMs, ttd, ttm, resolveAfter } = milestones;
  const detected = ttd;
  const mitigated = ttd + ttm;
  const end = resolveAfter === undefined ? mitigated : mitigated + resolveAfter;
  const minutes: { minute: number; kind: string; text: string }[] = [
    { minute: 0, kind: 'started', text: texts.started },
    { minute: detected, kind: 'detected', text: texts.detected },
    { minute: mitigated, kind: 'mitigated', text: fill(random.pick(EVENTS.mitigated), slots) },
  ];
  if (resolveAfter !== undefined) {
    minutes.push({ minute: end, kind: 'resolved', text: fill(random.pick(EVENTS.resolved), slots) });
  }
  // Extra events: responses after detection, notes anywhere up to the end.
  const extra = random.int(5, 12) - minutes.length;
  for (let index = 0; index < extra; index++) {
    const kind = random.weighted([
      ['action', 5],
      ['escalated', 2],
      ['misleading', 1.5],
      ['note', 2],
    ] as const);
    const from = kind === 'note' ? 1 : detected + 1;
    const to = kind === 'note' || kind === 'action' ? Math.max(from, end - 1) : Math.max(from, mitigated - 1);
    const pool = EVENTS[kind];
    minutes.push({ minute: random.int(from, to), kind, text: fill(random.pick(pool), slots) });
  }
  // Milestones come first among events at the same minute, so their order always holds.
  const rank = (kind: string) => ['started', 'detected', 'mitigated', 'resolved'].indexOf(kind) >>> 0;
  minutes.sort((a, b) => a.minute - b.minute || rank(a.kind) - rank(b.kind));
  return minutes.map(({ minute, kind, text }) => ({ at: zonedIso(zone, startedMs + minute * MINUTE), kind, text }));
}
