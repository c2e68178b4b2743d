/**
 * Every field of a zod schema with its description, type, allowed values,
 * limits and example, read from the schema's JSON Schema (src/schema/json-schema.ts), so
 * the guide, the templates and docs/postmortem-format.md describe exactly the
 * fields the code checks, in the words attached to them there.
 */
import type { z } from 'astro/zod';
import { KEBAB_ID } from '../../schema/fields.ts';
import { itemsOf, jsonSchemaOf, propertiesOf, type JsonSchema } from '../../schema/json-schema.ts';

export interface FieldReference {
  /** `impact.revenueLoss.amount`; list elements show as `timeline[].at`. */
  path: string;
  name: string;
  /** The field's one-line description. */
  doc?: string;
  required: boolean;
  defaultValue?: unknown;
  /** The value is a list of `kind`. */
  list: boolean;
  /** What a value is, in words: "text", "a date, YYYY-MM-DD", "one of the values". */
  kind: string;
  /** Allowed values, for enums. */
  values?: string[];
  /** Limits worth telling an author: "at most 120 characters", "0 to 100", "at least 1 entry". */
  limits: string[];
  /** Fields of a mapping (or of each list entry). */
  children: FieldReference[];
  /** The field's example value (its metadata's `examples[0]`), when it has its own. */
  example?: unknown;
}

/** zod writes "no limit" on whole numbers as the largest safe integer; that is not worth telling anyone. */
const isRealBound = (bound: number | undefined): bound is number =>
  bound !== undefined && Math.abs(bound) < Number.MAX_SAFE_INTEGER;

function entryLimits(node: JsonSchema): string[] {
  const limits: string[] = [];
  if (node.minItems === 1) limits.push('at least 1 entry');
  else if (node.minItems !== undefined && node.minItems > 1) limits.push(`at least ${node.minItems} entries`);
  if (node.maxItems !== undefined) limits.push(`at most ${node.maxItems} entries`);
  return limits;
}

function characterLimits(node: JsonSchema): string[] {
  const limits: string[] = [];
  if (node.minLength !== undefined && node.minLength > 1) limits.push(`at least ${node.minLength} characters`);
  if (node.maxLength !== undefined) limits.push(`at most ${node.maxLength} characters`);
  return limits;
}

function describe(node: JsonSchema): Pick<FieldReference, 'kind' | 'values' | 'limits'> {
  if (node.enum) return { kind: 'one of the values', values: node.enum.map(String), limits: [] };
  switch (node.type) {
    case 'integer':
    case 'number': {
      const min = isRealBound(node.minimum) ? node.minimum : undefined;
      const max = isRealBound(node.maximum) ? node.maximum : undefined;
      const range =
        min !== undefined && max !== undefined ? `${min} to ${max}` : min !== undefined ? `at least ${min}` : undefined;
      return { kind: node.type === 'integer' ? 'a whole number' : 'a number', limits: range ? [range] : [] };
    }
    case 'string': {
      // A named value type (fields.ts gives each a title) says what it is; plain text by its pattern.
      const kind = node.title ?? (node.pattern === KEBAB_ID.source ? 'lowercase-kebab text' : 'text');
      return { kind, limits: characterLimits(node) };
    }
    case 'object':
      return { kind: 'a mapping of the fields below', limits: [] };
    default:
      return { kind: String(node.type ?? 'any value'), limits: [] };
  }
}

function walk(object: JsonSchema, prefix: string): FieldReference[] {
  const required = new Set(object.required ?? []);
  return Object.entries(propertiesOf(object)).map(([name, node]) => {
    const items = node.type === 'array' ? itemsOf(node) : undefined;
    const value = items ?? node;
    const described = describe(value);
    const path = `${prefix}${name}`;
    return {
      path,
      name,
      doc: node.description,
      required: required.has(name),
      ...(node.default !== undefined ? { defaultValue: node.default } : {}),
      list: items !== undefined,
      kind: described.kind,
      values: described.values,
      limits: [...(items ? entryLimits(node) : []), ...described.limits],
      children: value.type === 'object' ? walk(value, `${path}${items ? '[]' : ''}.`) : [],
      ...(Array.isArray(node.examples) && node.examples.length > 0 ? { example: node.examples[0] } : {}),
    };
  });
}

/** The reference of a schema object, e.g. the postmortem schema or a taxonomy entry's. */
export function fieldReference(schema: z.ZodType): FieldReference[] {
  return walk(jsonSchemaOf(schema), '');
}

/** Every field in the tree, depth first. */
export function flattenReference(fields: readonly FieldReference[]): FieldReference[] {
  return fields.flatMap((field) => [field, ...flattenReference(field.children)]);
}

/** Path -> description of every documented field, for template comments. */
export function fieldDocsMap(fields: readonly FieldReference[]): Map<string, string> {
  return new Map(flattenReference(fields).flatMap((field) => (field.doc ? [[field.path, field.doc] as const] : [])));
}
