/** "Did you mean" suggestions for mistyped ids. */

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The candidate closest to `input`, if it is close enough to be a typo. */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  const lowered = input.toLowerCase();
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(lowered, candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  if (!best) return undefined;
  return best.distance <= Math.max(2, Math.floor(input.length / 3)) ? best.candidate : undefined;
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
