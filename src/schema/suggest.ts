/** "Did you mean" suggestions for mistyped ids. */

/** Edits (insert, delete, substitute, swap two neighbours) that turn `a` into `b`: optimal string alignment. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      // "paymnets" for "payments" is one slip of the fingers, not two.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * How many edits still read as a typo: fewer than one in four characters of
 * the longer word. So "chekout" (1 in 8) and "paymnets-api" (1 in 12) get a
 * suggestion, and "SEV5" (1 in 4, as far from SEV1 as from SEV4) does not.
 * The one threshold for every suggestion the archive makes.
 */
export function isCloseEnough(distance: number, length: number): boolean {
  return distance * 4 < length;
}

/** The candidate closest to `input`, if it is close enough to be a typo and no other candidate is as close. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const lowered = input.toLowerCase();
  let best: { candidate: string; distance: number; tied: boolean } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(lowered, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance, tied: false };
    else if (distance === best.distance && candidate.toLowerCase() !== best.candidate.toLowerCase()) best.tied = true;
  }
  if (!best || best.tied) return undefined;
  return isCloseEnough(best.distance, Math.max(input.length, best.candidate.length)) ? best.candidate : undefined;
}

/** `did you mean "x"?` when there is a close match, else the list of valid values. */
export function suggestion(input: string, candidates: readonly string[], listLimit = 30): string {
  const match = closestMatch(input, candidates);
  if (match) return `did you mean "${match}"?`;
  if (candidates.length === 0) return 'none are defined';
  const shown = candidates.slice(0, listLimit).join(', ');
  return `known: ${shown}${candidates.length > listLimit ? `, … (${candidates.length} in all)` : ''}`;
}

/** The one message for an id that is not in its taxonomy, from the check and from `npm run new` alike. */
export function unknownIdMessage(noun: string, id: string, known: readonly string[], file: string): string {
  return `unknown ${noun} "${id}" (not in ${file}); ${suggestion(id, known)}`;
}

/** The one message for a time-zone name that is not an IANA zone. */
export function unknownTimeZoneMessage(name: string, knownZones: readonly string[]): string {
  const match = closestMatch(name, knownZones);
  return `"${name}" is not an IANA time zone; ${match ? `did you mean "${match}"?` : 'use a name such as "Europe/Berlin", "America/Los_Angeles" or "UTC"'}`;
}
