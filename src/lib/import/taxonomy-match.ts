/**
 * Services and teams a document names: those the taxonomy knows become the
 * draft's ids; names it does not know (most real documents name services
 * the archive has never heard of) are listed with a suggested
 * `services.yaml` / `teams.yaml` entry, which `--add-taxonomy` appends.
 */
import type { Taxonomies } from '../scaffold/answers.ts';
import { slugify } from '../scaffold/slug.ts';

export interface SuggestedEntry {
  id: string;
  name: string;
  /** The words of the document it was read from. */
  from: string;
}

export interface TaxonomyMatch {
  known: string[];
  suggested: SuggestedEntry[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Entries whose id or name the text mentions, most mentioned first. */
export function entriesMentioned(text: string, entries: readonly { id: string; name?: string }[], limit = 3): string[] {
  const counts = entries.map((entry) => {
    const names = [entry.id, entry.id.replace(/-/g, ' '), entry.name?.replace(/\s*\(.*\)\s*/g, '').trim()].filter(
      (name): name is string => Boolean(name && name.length > 2),
    );
    const count = [...new Set(names.map((name) => name.toLowerCase()))].reduce(
      (sum, name) => sum + (text.match(new RegExp(`(?<![\\w-])${escapeRegExp(name)}(?![\\w-])`, 'gi'))?.length ?? 0),
      0,
    );
    return { id: entry.id, count };
  });
  return counts
    .filter((entry) => entry.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((entry) => entry.id);
}

/** Names listed on a line such as `**Affected services:** Public API v3, Dashboard`. */
export function namesListed(text: string, keys: RegExp): string[] {
  const names: string[] = [];
  for (const line of text.split('\n')) {
    const match =
      /^\s*(?:[-*+]\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z ()/]{1,40}?)(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(.+?)\s*$/.exec(
        line.replace(/\|/g, ' '),
      );
    if (!match || !keys.test(match[1]!.trim().toLowerCase())) continue;
    for (const part of match[2]!.split(/\s*(?:,|;|\band\b|&|\+)\s*/)) {
      const name = part
        .replace(/\*\*|__|`/g, '')
        .replace(/\s*\(.*?\)\s*/g, ' ')
        .trim();
      if (name && name.length <= 40 && !/^(none|n\/a|unknown|all|tbd|-)$/i.test(name)) names.push(name);
    }
  }
  return [...new Set(names)];
}

const SERVICE_KEYS = /^(affected |impacted )?(services?|systems?|components?|applications?)( affected| impacted)?$/;
const TEAM_KEYS = /^(owning |responsible |responding )?teams?( involved| responsible)?$|^owner team$/;

function match(text: string, entries: readonly { id: string; name?: string }[], keys: RegExp): TaxonomyMatch {
  const listed = namesListed(text, keys);
  const known = new Set<string>();
  const suggested: SuggestedEntry[] = [];
  for (const name of listed) {
    const hit = entriesMentioned(name, entries, 1)[0];
    if (hit) known.add(hit);
    else {
      const id = slugify(name, 4, 40);
      if (id && !suggested.some((entry) => entry.id === id)) suggested.push({ id, name, from: name });
    }
  }
  if (listed.length === 0) for (const id of entriesMentioned(text, entries)) known.add(id);
  return { known: [...known], suggested };
}

export function matchServices(text: string, taxonomies: Taxonomies): TaxonomyMatch {
  return match(text, taxonomies.services, SERVICE_KEYS);
}

export function matchTeams(text: string, taxonomies: Taxonomies): TaxonomyMatch {
  return match(text, taxonomies.teams, TEAM_KEYS);
}

/** A suggested entry as YAML to append to a taxonomy file. */
export function taxonomyYaml(entries: readonly SuggestedEntry[], source: string): string {
  return entries
    .map(
      (entry) =>
        `- id: ${entry.id}\n  name: ${JSON.stringify(entry.name)}\n  description: ${JSON.stringify(`Added by npm run import from ${source}; describe it in one sentence.`)}\n`,
    )
    .join('');
}
