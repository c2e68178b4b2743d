/**
 * Renamed and merged taxonomy entries: a postmortem that still names a former
 * id is read as naming the entry that replaced it, so every page, chart and
 * recurrence count sees one id per service, team and root cause.
 */

/** Former id -> current id, per taxonomy. */
export interface Renames {
  services: ReadonlyMap<string, string>;
  teams: ReadonlyMap<string, string>;
  rootCauses: ReadonlyMap<string, string>;
}

export const NO_RENAMES: Renames = { services: new Map(), teams: new Map(), rootCauses: new Map() };

/** The warning for a reference to a former id. */
export function formerIdMessage(noun: string, former: string, current: string, file: string): string {
  return `${noun} "${former}" was renamed to "${current}" (formerIds in ${file}); it is counted as "${current}", write "${current}" here`;
}

function renameList(value: unknown, renames: ReadonlyMap<string, string>): unknown {
  return Array.isArray(value)
    ? value.map((item) => (typeof item === 'string' ? (renames.get(item) ?? item) : item))
    : value;
}

/** Front matter (raw or parsed) with every former taxonomy id replaced by its current id. */
export function withCurrentIds<Fields extends Record<string, unknown> | undefined>(
  fields: Fields,
  renames: Renames,
): Fields {
  if (!fields) return fields;
  const renamed: Record<string, unknown> = { ...fields };
  if ('services' in fields) renamed.services = renameList(fields.services, renames.services);
  if ('teams' in fields) renamed.teams = renameList(fields.teams, renames.teams);
  if ('contributingFactors' in fields) {
    renamed.contributingFactors = renameList(fields.contributingFactors, renames.rootCauses);
  }
  const rootCause = fields.rootCause as { category?: unknown } | undefined;
  if (rootCause && typeof rootCause === 'object' && typeof rootCause.category === 'string') {
    renamed.rootCause = { ...rootCause, category: renames.rootCauses.get(rootCause.category) ?? rootCause.category };
  }
  return renamed as Fields;
}
