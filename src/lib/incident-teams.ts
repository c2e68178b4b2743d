/**
 * The teams an incident counts for: the teams it names, and the owners of the
 * services it hit. Every listing, facet and chart uses this one rule.
 */
export function incidentTeams(
  data: { teams?: readonly string[]; services: readonly string[] },
  serviceTeams: ReadonlyMap<string, string | undefined>,
): string[] {
  const owners = data.services.map((service) => serviceTeams.get(service)).filter((team) => team !== undefined);
  return [...new Set([...(data.teams ?? []), ...owners])];
}
