/**
 * Every file `npm run docs:format` writes, with its text: the format document
 * and the editor JSON Schemas. The command writes them; a test fails when the
 * committed files differ.
 */
import { editorSchemas } from '../../schema/editor-schemas.ts';
import { formatDocument } from './format-document.ts';

export interface GeneratedDocument {
  /** Relative to the repository root. */
  path: string;
  text: string;
}

/** The folder of the editor schemas, relative to the repository root. */
export const SCHEMA_FOLDER = 'docs/schemas';

const WIDTH = 120;

/** JSON as Prettier prints it (objects one key a line, short lists of values on one line), so `npm run format` leaves it alone. */
export function prettyJson(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    const flat = `[${value.map((entry) => JSON.stringify(entry)).join(', ')}]`;
    const simple = value.every((entry) => entry === null || typeof entry !== 'object');
    if (value.length === 0 || (simple && indent.length + flat.length <= WIDTH - 8)) return flat;
    return `[\n${value.map((entry) => `${inner}${prettyJson(entry, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([key, entry]) => `${inner}${JSON.stringify(key)}: ${prettyJson(entry, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

export function generatedDocuments(): GeneratedDocument[] {
  return [
    { path: 'docs/postmortem-format.md', text: formatDocument() },
    ...Object.entries(editorSchemas()).map(([file, schema]) => ({
      path: `${SCHEMA_FOLDER}/${file}`,
      text: `${prettyJson(schema)}\n`,
    })),
  ];
}
