import { suggestion, unknownIdMessage } from '../../schema/suggest.ts';
import { lineOfField, type CheckedPostmortem } from './postmortem-file.ts';
import { formerIdMessage } from './former-ids.ts';
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

/** Rules that need more than one file: references (and former ids), duplicates, aliases. */
export function crossFileProblems(
  postmortems: CheckedPostmortem[],
  known: KnownIds,
  paths: { services: string; teams: string; rootCauses: string },
): Problem[] {
  const problems: Problem[] = [];
  const ids = postmortems.map((postmortem) => postmortem.id);
  const idSet = new Set(ids);

  const reportIn = (
    postmortem: CheckedPostmortem,
    path: FieldPath,
    message: string,
    severity: Problem['severity'] = 'error',
    rule?: string,
  ) =>
    problems.push({
      file: postmortem.file,
      field: formatFieldPath(path),
      message,
      severity,
      line: lineOfField(postmortem, path),
      ...(rule ? { rule } : {}),
    });

  /** An unknown id is an error; a former id is a warning naming the current one. */
  const referenceProblem = (
    value: string,
    taxonomy: CheckedTaxonomy<{ id: string }>,
    noun: string,
    file: string,
  ): { message: string; severity: Problem['severity']; rule?: string } | undefined => {
    if (!taxonomy.loaded || taxonomy.ids.includes(value)) return undefined;
    const current = taxonomy.renames.get(value);
    return current
      ? { message: formerIdMessage(noun, value, current, file), severity: 'warning', rule: 'former-id' }
      : { message: unknownIdMessage(noun, value, taxonomy.ids, file), severity: 'error' };
  };

  // Services' owning teams.
  known.services.items.forEach((item, index) => {
    const team = (item as { team?: unknown } | null)?.team;
    const problem = typeof team === 'string' ? referenceProblem(team, known.teams, 'team', paths.teams) : undefined;
    if (problem) {
      problems.push({
        file: paths.services,
        field: `[${index}].team`,
        ...problem,
        line: known.services.lineOf([index, 'team']),
      });
    }
  });

  const aliasOwner = new Map<string, CheckedPostmortem>();
  for (const postmortem of postmortems) {
    const raw = postmortem.raw;
    const checkList = (field: string, taxonomy: string, known: CheckedTaxonomy<{ id: string }>, noun: string) => {
      const seen = new Map<string, string>();
      for (const { value, index } of stringsAt(raw, field)) {
        // A former id and its current id name the same entry.
        const current = known.renames.get(value) ?? value;
        const earlier = seen.get(current);
        if (earlier !== undefined) {
          reportIn(
            postmortem,
            [field, index],
            earlier === value ? `"${value}" is listed twice` : `"${value}" and "${earlier}" are the same ${noun}`,
          );
        }
        seen.set(current, value);
        const problem = referenceProblem(value, known, noun, taxonomy);
        if (problem) reportIn(postmortem, [field, index], problem.message, problem.severity, problem.rule);
      }
    };
    checkList('services', paths.services, known.services, 'service');
    checkList('teams', paths.teams, known.teams, 'team');
    checkList('contributingFactors', paths.rootCauses, known.rootCauses, 'root-cause category');

    const category = (raw?.rootCause as { category?: unknown } | undefined)?.category;
    const categoryProblem =
      typeof category === 'string'
        ? referenceProblem(category, known.rootCauses, 'root-cause category', paths.rootCauses)
        : undefined;
    if (categoryProblem) {
      reportIn(
        postmortem,
        ['rootCause', 'category'],
        categoryProblem.message,
        categoryProblem.severity,
        categoryProblem.rule,
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
