/**
 * The example value of a field, shown in the writing guide. Each field's own
 * example lives in the schema's metadata (`.meta({ examples })`), read through
 * the field reference; mappings without one are built from their fields'
 * examples. Tests check that every field has one and that each passes the schema.
 */
import { stringify } from 'yaml';
import type { FieldReference } from './field-reference.ts';

/** The example of a field: its own, or one built from its fields' examples. */
export function exampleFor(field: FieldReference): unknown {
  if (field.example !== undefined) return field.example;
  if (field.children.length === 0) return undefined;
  const entry = Object.fromEntries(field.children.map((child) => [child.name, exampleFor(child)]));
  return field.list ? [entry] : entry;
}

/** An example as the YAML an author writes: `key: value`, times quoted as the format recommends. */
export function exampleYaml(name: string, example: unknown): string {
  return stringify({ [name]: example }, { lineWidth: 0, flowCollectionPadding: false })
    .trimEnd()
    .replace(/(:\s|-\s)(\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))$/gm, "$1'$2'");
}
