/**
 * Every field of a zod schema with its doc comment, type, allowed values and
 * limits: the structure comes from the live schema, the words from its source,
 * so neither can drift from the code.
 */
import type { z } from 'astro/zod';
import { calendarDate, httpUrl, instant, KEBAB_ID, kebabId, timeZone } from '../../schema/fields.ts';
import { fieldsOf, objectOfField, parseSchemaSource, type SourceObject } from './field-docs.ts';

export interface FieldReference {
  /** `impact.revenueLoss.amount`; list elements show as `timeline[].at`. */
  path: string;
  name: string;
  /** The field's one-line doc comment. */
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
  /** The field's own schema, for validating examples. */
  schema: z.core.$ZodType;
}

type AnySchema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string; checks?: { _zod: { def: Record<string, unknown> } }[] };

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
const checksOf = (schema: AnySchema) => (defOf(schema).checks ?? []).map((check) => check._zod.def);

const SPECIAL = new Map<AnySchema, string>([
  [instant as AnySchema, 'a time with its UTC offset, e.g. 2025-07-12T01:59:00-07:00'],
  [calendarDate as AnySchema, 'a date, YYYY-MM-DD'],
  [timeZone as AnySchema, 'an IANA time-zone name'],
  [httpUrl as AnySchema, 'an http(s) URL'],
  [kebabId as AnySchema, 'an id (lowercase-kebab)'],
]);

function lengthLimits(schema: AnySchema, unit: string): string[] {
  return checksOf(schema).flatMap((check) => {
    if (check.check === 'min_length' && Number(check.minimum) > 1) return [`at least ${check.minimum} ${unit}`];
    if (check.check === 'min_length' && Number(check.minimum) === 1 && unit === 'entries') return ['at least 1 entry'];
    if (check.check === 'max_length') return [`at most ${check.maximum} ${unit}`];
    return [];
  });
}

function describe(schema: AnySchema): Pick<FieldReference, 'kind' | 'values' | 'limits'> {
  const special = SPECIAL.get(schema);
  if (special) return { kind: special, limits: [] };
  const def = defOf(schema);
  switch (def.type) {
    case 'enum':
      return { kind: 'one of the values', values: Object.values(def.entries as Record<string, string>), limits: [] };
    case 'number': {
      const checks = checksOf(schema);
      const whole = checks.some((check) => check.check === 'number_format');
      const min = checks.find((check) => check.check === 'greater_than')?.value;
      const max = checks.find((check) => check.check === 'less_than')?.value;
      const range =
        min !== undefined && max !== undefined ? `${min} to ${max}` : min !== undefined ? `at least ${min}` : undefined;
      return { kind: whole ? 'a whole number' : 'a number', limits: range ? [range] : [] };
    }
    case 'string': {
      const kebab = checksOf(schema).some(
        (check) => check.format === 'regex' && (check.pattern as RegExp | undefined)?.source === KEBAB_ID.source,
      );
      return { kind: kebab ? 'lowercase-kebab text' : 'text', limits: lengthLimits(schema, 'characters') };
    }
    case 'object':
      return { kind: 'a mapping of the fields below', limits: [] };
    default:
      return { kind: def.type, limits: [] };
  }
}

function walk(
  shape: Record<string, AnySchema>,
  source: SourceObject | undefined,
  objects: Map<string, SourceObject>,
  prefix: string,
): FieldReference[] {
  const sourceFields = source ? fieldsOf(source, objects) : [];
  return Object.entries(shape).map(([name, fieldSchema]) => {
    const sourceField = sourceFields.find((field) => field.name === name);
    const reference: FieldReference = {
      path: `${prefix}${name}`,
      name,
      doc: sourceField?.doc,
      required: true,
      list: false,
      kind: '',
      limits: [],
      children: [],
      schema: fieldSchema,
    };
    let current = fieldSchema;
    for (;;) {
      const def = defOf(current);
      if (SPECIAL.has(current)) break;
      if (def.type === 'optional') {
        reference.required = false;
        current = def.innerType as AnySchema;
      } else if (def.type === 'default') {
        reference.required = false;
        reference.defaultValue = def.defaultValue;
        current = def.innerType as AnySchema;
      } else if (def.type === 'array' && !reference.list) {
        reference.list = true;
        reference.limits.push(...lengthLimits(current, 'entries'));
        current = def.element as AnySchema;
      } else break;
    }
    const described = describe(current);
    reference.kind = described.kind;
    reference.values = described.values;
    reference.limits.push(...described.limits);
    if (defOf(current).type === 'object') {
      const childSource = sourceField ? objectOfField(sourceField, objects) : undefined;
      reference.children = walk(
        defOf(current).shape as Record<string, AnySchema>,
        childSource,
        objects,
        `${reference.path}${reference.list ? '[]' : ''}.`,
      );
    }
    return reference;
  });
}

/**
 * The reference of a schema object: `constName` is the name it has in the
 * source (e.g. `postmortemSchema`), `sources` the text of the schema files.
 */
export function fieldReference(schema: AnySchema, constName: string, sources: readonly string[]): FieldReference[] {
  const objects = new Map<string, SourceObject>();
  for (const source of sources) for (const [name, object] of parseSchemaSource(source)) objects.set(name, object);
  return walk(defOf(schema).shape as Record<string, AnySchema>, objects.get(constName), objects, '');
}

/** Every field in the tree, depth first. */
export function flattenReference(fields: readonly FieldReference[]): FieldReference[] {
  return fields.flatMap((field) => [field, ...flattenReference(field.children)]);
}

/** Path -> doc of every documented field of the postmortem schema, for template comments. */
export function fieldDocsMap(fields: readonly FieldReference[]): Map<string, string> {
  return new Map(flattenReference(fields).flatMap((field) => (field.doc ? [[field.path, field.doc] as const] : [])));
}
