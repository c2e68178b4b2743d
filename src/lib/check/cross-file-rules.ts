import { suggestion, unknownIdMessage } from '../../schema/suggest.ts';
import { lineOfField, type CheckedPostmortem } from './postmortem-file.ts';
import type { FieldPath, Problem } from './problem.ts';
import { formatFieldPath } from './problem.ts';
import type { CheckedTaxonomy } from './taxonomy-file.ts';

export interface KnownIds {
  services: CheckedTaxonomy<{ id: string; team?: string }>;
  teams: CheckedTaxonomy<{ id: string }>;
  rootCauses: CheckedTaxonomy<{ id: string }>;
}

function stringsAt(raw: Record<string, unknown> | undefined, field: string): { value: string; index: number }[] {
  const list = raw?.[field];
  if (!Array.isArray(list)) return [];
  return list.flatMap((value, index) => (typeof value === 'string' ? [{ value, index }] : []));
}

/** Rules that need more than one file: references, duplicates, aliases. */
export function crossFileProblems(
  postmortems: CheckedPostmortem[],
  known: KnownIds,
  paths: { services: string; teams: string; rootCauses: string },
): Problem[] {
  const problems: Problem[] = [];
  const ids = postmortems.map((postmortem) => postmortem.id);
  const idSet = new Set(ids);

  const reportIn = (postmortem: CheckedPostmortem, path: FieldPath, message: string) =>
    problems.push({
      file: postmortem.file,
      field: formatFieldPath(path),
      message,
      severity: 'error',
      line: lineOfField(postmortem, path),
    });

  // Services' owning teams.
  known.services.items.forEach((item, index) => {
    const team = (item as { team?: unknown } | null)?.team;
    if (known.teams.loaded && typeof team === 'string' && !known.teams.ids.includes(team)) {
      problems.push({
        file: paths.services,
        field: `[${index}].team`,
        message: unknownIdMessage('team', team, known.teams.ids, paths.teams),
        severity: 'error',
        line: known.services.lineOf([index, 'team']),
      });
    }
  });

  const aliasOwner = new Map<string, CheckedPostmortem>();
  for (const postmortem of postmortems) {
    const raw = postmortem.raw;
    const checkList = (field: string, taxonomy: string, known: CheckedTaxonomy<{ id: string }>, noun: string) => {
      const valid = known.ids;
      const seen = new Set<string>();
      for (const { value, index } of stringsAt(raw, field)) {
        if (seen.has(value)) reportIn(postmortem, [field, index], `"${value}" is listed twice`);
        seen.add(value);
        if (known.loaded && !valid.includes(value)) {
          reportIn(postmortem, [field, index], unknownIdMessage(noun, value, valid, taxonomy));
        }
      }
    };
    checkList('services', paths.services, known.services, 'service');
    checkList('teams', paths.teams, known.teams, 'team');
    checkList('contributingFactors', paths.rootCauses, known.rootCauses, 'root-cause category');

    const category = (raw?.rootCause as { category?: unknown } | undefined)?.category;
    if (known.rootCauses.loaded && typeof category === 'string' && !known.rootCauses.ids.includes(category)) {
      reportIn(
        postmortem,
        ['rootCause', 'category'],
        unknownIdMessage('root-cause category', category, known.rootCauses.ids, paths.rootCauses),
      );
    }

    for (const { value, index } of stringsAt(raw, 'related')) {
      if (value === postmortem.id) reportIn(postmortem, ['related', index], 'names this postmortem itself');
      else if (!idSet.has(value)) {
        reportIn(
          postmortem,
          ['related', index],
          `no postmortem has the id "${value}"; ${suggestion(
            value,
            ids.filter((id) => id !== postmortem.id),
            5,
          )}`,
        );
      }
    }

    for (const { value, index } of stringsAt(raw, 'aliases')) {
      if (idSet.has(value)) {
        reportIn(
          postmortem,
          ['aliases', index],
          `"${value}" is the id of ${value === postmortem.id ? 'this postmortem' : 'another postmortem'}; an alias must be a former id that no file uses`,
        );
        continue;
      }
      const owner = aliasOwner.get(value);
      if (owner && owner !== postmortem) {
        reportIn(
          postmortem,
          ['aliases', index],
          `"${value}" is already an alias of ${owner.file}; one old URL can redirect to one page only`,
        );
      } else if (owner === postmortem) {
        reportIn(postmortem, ['aliases', index], `"${value}" is listed twice`);
      }
      aliasOwner.set(value, postmortem);
    }
  }
  return problems;
}
