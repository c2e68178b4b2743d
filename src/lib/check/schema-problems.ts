import type { z } from 'astro/zod';
import { itemsOf, jsonSchemaOf, propertiesOf, type JsonSchema } from '../../schema/json-schema.ts';
import { closestMatch, suggestion } from '../../schema/suggest.ts';
import { INSTANT_FORMAT_MESSAGE } from '../../schema/fields.ts';
import { missingOffsetMessage } from './offset-fix.ts';
import type { FieldPath } from './problem.ts';

export interface FieldProblem {
  path: FieldPath;
  message: string;
}

type AnySchema = z.ZodType;

/** The object keys a schema accepts at `path`, for "unknown field" messages: read from its JSON Schema. */
function knownKeysAt(schema: AnySchema, path: FieldPath): string[] {
  let node: JsonSchema | undefined = jsonSchemaOf(schema);
  for (const segment of path) {
    if (!node) return [];
    node = node.type === 'array' ? itemsOf(node) : propertiesOf(node)[String(segment)];
  }
  return node?.type === 'object' ? Object.keys(propertiesOf(node)) : [];
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment as string | number];
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const KIND_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a mapping of fields',
  boolean: 'true or false',
  date: 'a date',
};

function unitOf(origin: string, count: number | bigint): string {
  const plural = Number(count) === 1 ? '' : 's';
  if (origin === 'string') return `character${plural}`;
  if (origin === 'array' || origin === 'set') return `entr${plural ? 'ies' : 'y'}`;
  return '';
}

/** Zod issues rewritten for authors: what is wrong, and what would be valid. */
export function schemaProblems(schema: AnySchema, data: unknown, issues: z.core.$ZodIssue[]): FieldProblem[] {
  // A postmortem's zone: a time without its offset is told the offset this zone has then.
  const timeZone = valueAt(data, ['timezone']);
  return issues.flatMap((issue): FieldProblem[] => {
    const path = issue.path as FieldPath;
    const value = valueAt(data, path);
    switch (issue.code) {
      case 'invalid_format':
        if (issue.message === INSTANT_FORMAT_MESSAGE) {
          return [{ path, message: missingOffsetMessage(value, timeZone) ?? issue.message }];
        }
        return [{ path, message: issue.message }];
      case 'unrecognized_keys': {
        const known = knownKeysAt(schema, path);
        return issue.keys.map((key) => ({
          path: [...path, key],
          message: `is not a field of the postmortem format here; ${suggestion(key, known)}`,
        }));
      }
      case 'invalid_type':
        if (value === undefined) {
          return [{ path, message: `is required (${KIND_NAMES[issue.expected] ?? issue.expected})` }];
        }
        return [{ path, message: `must be ${KIND_NAMES[issue.expected] ?? issue.expected}, not ${describe(value)}` }];
      case 'invalid_value': {
        const allowed = issue.values.map((option) => String(option));
        // The valid values are listed already; add a guess only when one is close.
        const match = typeof value === 'string' ? closestMatch(value, allowed) : undefined;
        const hint = match ? ` (did you mean "${match}"?)` : '';
        return [{ path, message: `must be one of ${allowed.join(', ')}; got ${describe(value)}${hint}` }];
      }
      case 'too_small': {
        const unit = unitOf(issue.origin, issue.minimum);
        if (issue.origin === 'array' && Number(issue.minimum) === 1) {
          return [{ path, message: 'must have at least one entry' }];
        }
        if (issue.origin === 'string' && Number(issue.minimum) === 1) {
          return [{ path, message: 'must not be empty' }];
        }
        return [
          { path, message: `must be at least ${issue.minimum}${unit ? ` ${unit}` : ''}; got ${describe(value)}` },
        ];
      }
      case 'too_big': {
        const unit = unitOf(issue.origin, issue.maximum);
        const actual =
          typeof value === 'string' || Array.isArray(value) ? ` (it has ${value.length})` : `; got ${describe(value)}`;
        return [{ path, message: `must be at most ${issue.maximum}${unit ? ` ${unit}` : ''}${actual}` }];
      }
      default:
        return [{ path, message: issue.message }];
    }
  });
}
