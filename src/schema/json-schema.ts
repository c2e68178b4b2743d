/**
 * The format as JSON Schema, made by zod from the schema itself: structure,
 * allowed values, limits, required fields and each field's description and
 * example (its `.meta({ description, examples })`). The guide's field reference, the templates'
 * comments, docs/postmortem-format.md, the check's "unknown field" hints and
 * the editor schemas in docs/schemas/ (editor-schemas.ts) all read this, never zod's internals.
 */
import { z } from 'astro/zod';

export type JsonSchema = z.core.JSONSchema.JSONSchema;

const cache = new WeakMap<z.ZodType, JsonSchema>();

/**
 * The JSON Schema of what an author writes for `schema` (its input: a field
 * with a default is optional). Draft-07, the version the VS Code YAML
 * extension validates against. Refinements (real dates, time order, known
 * zones) cannot be expressed and are left to `npm run check`.
 */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  let json = cache.get(schema);
  if (!json) {
    json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' });
    cache.set(schema, json);
  }
  return json;
}

/** The schema of a node's list entries, when it is a list. */
export function itemsOf(node: JsonSchema): JsonSchema | undefined {
  const items = node.items;
  return items && typeof items === 'object' && !Array.isArray(items) ? items : undefined;
}

/** The schemas of a node's fields, when it is a mapping. */
export function propertiesOf(node: JsonSchema): Record<string, JsonSchema> {
  return Object.fromEntries(
    Object.entries(node.properties ?? {}).flatMap(([name, value]) =>
      typeof value === 'object' ? [[name, value] as const] : [],
    ),
  );
}
