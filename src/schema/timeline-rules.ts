/** The ordering rules of a timeline, shared by the schema and its tests. */

export interface TimedEvent {
  at: string;
  kind: string;
}

export interface TimelineProblem {
  path: (string | number)[];
  message: string;
}

import { AT_MOST_ONCE_KINDS, MILESTONE_KINDS, ONCE_KINDS } from './vocabulary.ts';

// Only times with an explicit offset are compared; others are reported by the
// field's own rule, and parsing them would depend on the machine's zone.
const WITH_OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/;
function instantOf(at: string): number {
  return WITH_OFFSET.test(at) ? Date.parse(at) : Number.NaN;
}

/** Every way a timeline breaks the format's rules on kinds and order. */
export function timelineOrderProblems(timeline: readonly TimedEvent[]): TimelineProblem[] {
  const problems: TimelineProblem[] = [];
  const indexesOf = (kind: string) => timeline.flatMap((event, index) => (event.kind === kind ? [index] : []));

  for (const kind of ONCE_KINDS) {
    const found = indexesOf(kind);
    if (found.length === 0) {
      problems.push({ path: [], message: `needs exactly one "${kind}" event, found none` });
    } else if (found.length > 1) {
      problems.push({
        path: [found[1]!, 'kind'],
        message: `"${kind}" must occur exactly once; it is also at timeline[${found[0]}]`,
      });
    }
  }
  for (const kind of AT_MOST_ONCE_KINDS) {
    const found = indexesOf(kind);
    if (found.length > 1) {
      problems.push({
        path: [found[1]!, 'kind'],
        message: `"${kind}" may occur at most once; it is also at timeline[${found[0]}]`,
      });
    }
  }

  // Milestones in the required order: each at or after the one before it.
  const reported = new Set<number>();
  let previous: { kind: string; index: number; time: number } | undefined;
  for (const kind of MILESTONE_KINDS) {
    const index = indexesOf(kind)[0];
    if (index === undefined) continue;
    const time = instantOf(timeline[index]!.at);
    if (Number.isNaN(time)) continue;
    if (previous && time < previous.time) {
      reported.add(index);
      problems.push({
        path: [index, 'at'],
        message: `"${kind}" (${timeline[index]!.at}) is before "${previous.kind}" (${timeline[previous.index]!.at}); the order must be ${MILESTONE_KINDS.join(' <= ')}`,
      });
    }
    previous = { kind, index, time };
  }

  // Events listed in time order.
  for (let index = 1; index < timeline.length; index++) {
    if (reported.has(index)) continue;
    if (instantOf(timeline[index]!.at) < instantOf(timeline[index - 1]!.at)) {
      problems.push({
        path: [index, 'at'],
        message: `is earlier than timeline[${index - 1}] (${timeline[index - 1]!.at}); list events in time order`,
      });
    }
  }
  return problems;
}
