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

/** A list of values (or of such lists) on one line, as Prettier prints it when it fits; undefined when it holds an object. */
function flatJson(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const entries = value.map(flatJson);
    return entries.every((entry) => entry !== undefined) ? `[${entries.join(', ')}]` : undefined;
  }
  return value !== null && typeof value === 'object' ? undefined : JSON.stringify(value);
}

/**
 * JSON as Prettier prints it, so `npm run format` leaves it alone: objects one
 * key a line; a list on one line when it holds no objects and fits the width
 * together with what precedes it on the line (`lead`) and the comma after it
 * (`tail`). Like Prettier, a list of several multi-entry lists always breaks.
 */
export function prettyJson(value: unknown, indent = '', lead = indent.length, tail = 0): string {
  const inner = `${indent}  `;
  const comma = (index: number, length: number) => (index < length - 1 ? 1 : 0);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const flat = flatJson(value);
    const matrix = value.length > 1 && value.every((entry) => Array.isArray(entry) && entry.length > 1);
    if (flat !== undefined && !matrix && lead + flat.length + tail <= WIDTH) return flat;
    const lines = value.map(
      (entry, index) => `${inner}${prettyJson(entry, inner, inner.length, comma(index, value.length))}`,
    );
    return `[\n${lines.join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const lines = entries.map(([key, entry], index) => {
      const start = `${inner}${JSON.stringify(key)}: `;
      return `${start}${prettyJson(entry, inner, start.length, comma(index, entries.length))}`;
    });
    return `{\n${lines.join(',\n')}\n${indent}}`;
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
