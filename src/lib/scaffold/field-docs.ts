/**
 * The one-line doc comment of every schema field, read from the schema's
 * source text, so the writing guide and the `npm run new` template explain
 * exactly the fields the code defines. Pure: callers pass the source text.
 */

export interface SourceObject {
  fields: SourceField[];
  /** Names of objects spread into this one (`...taxonomyFields`). */
  spreads: string[];
}

export interface SourceField {
  name: string;
  /** The `/** … *\/` comment on the line above, without the markers. */
  doc?: string;
  /** The field's source text, for following references such as `z.array(timelineEventSchema)`. */
  definition: string;
  /** A nested object literal defined inline (`revenueLoss: z.strictObject({ … })`). */
  object?: SourceObject;
}

type Frame = { kind: 'object'; object: SourceObject; field?: SourceField } | { kind: 'other' };

const DOC_LINE = /^\s*\/\*\*\s*(.*?)\s*\*\/\s*$/;
const FIELD_LINE = /^\s*(\w+)\s*:/;
const SPREAD_LINE = /^\s*\.\.\.(\w+)/;
const CONST_LINE = /^\s*(?:export\s+)?const\s+(\w+)\s*(?::[^=]+)?=/;
const OPENS_OBJECT = /(?:\b(?:strictObject|object|looseObject)\(|=)\s*$/;

/** The line with string, regex-free comment and template contents blanked, so braces can be counted. */
function codeOnly(line: string, state: { inBlockComment: boolean }): string {
  let out = '';
  let quote: string | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    const next = line[index + 1];
    if (state.inBlockComment) {
      if (char === '*' && next === '/') {
        state.inBlockComment = false;
        index++;
      }
      out += ' ';
      continue;
    }
    if (quote) {
      if (char === '\\') {
        out += '  ';
        index++;
      } else {
        if (char === quote) quote = undefined;
        out += ' ';
      }
      continue;
    }
    if (char === '/' && next === '/') break;
    if (char === '/' && next === '*') {
      state.inBlockComment = true;
      index++;
      out += '  ';
      continue;
    }
    if (char === '"' || char === "'" || char === '`') {
      quote = char;
      out += ' ';
      continue;
    }
    out += char;
  }
  return out;
}

/** Every object literal assigned to a top-level `const` in a schema file, by the const's name. */
export function parseSchemaSource(source: string): Map<string, SourceObject> {
  const objects = new Map<string, SourceObject>();
  const stack: Frame[] = [];
  const state = { inBlockComment: false };
  let pendingDoc: string | undefined;
  let currentConst: string | undefined;

  for (const line of source.split(/\r?\n/)) {
    const wasInComment = state.inBlockComment;
    const doc = wasInComment ? undefined : DOC_LINE.exec(line);
    if (doc) {
      pendingDoc = doc[1];
      continue;
    }
    const top = stack.at(-1);
    if (stack.length === 0) {
      const constName = CONST_LINE.exec(line)?.[1];
      if (constName) currentConst = constName;
      // `const teamSchema = z.strictObject(taxonomyFields)`: the same fields under another name.
      const alias = /=\s*z\.(?:strictObject|object)\((\w+)\)/.exec(line)?.[1];
      if (constName && alias && objects.has(alias)) objects.set(constName, objects.get(alias)!);
    }
    if (top?.kind === 'object' && !wasInComment) {
      const field = FIELD_LINE.exec(line)?.[1];
      const spread = SPREAD_LINE.exec(line)?.[1];
      if (field) {
        top.field = { name: field, doc: pendingDoc, definition: '' };
        top.object.fields.push(top.field);
      } else if (spread) {
        top.object.spreads.push(spread);
        top.field = undefined;
      }
      if (top.field) top.field.definition += `${line}\n`;
    }
    if (!/^\s*$/.test(line)) pendingDoc = undefined;

    const code = codeOnly(line, state);
    for (let index = 0; index < code.length; index++) {
      const char = code[index];
      if (char === '}') {
        stack.pop();
      } else if (char === '{') {
        if (!OPENS_OBJECT.test(code.slice(0, index))) {
          stack.push({ kind: 'other' });
          continue;
        }
        const object: SourceObject = { fields: [], spreads: [] };
        const parent = stack.at(-1);
        if (parent?.kind === 'object' && parent.field) parent.field.object = object;
        else if (!parent && currentConst) {
          objects.set(currentConst, object);
          currentConst = undefined;
        }
        stack.push({ kind: 'object', object });
      }
    }
  }
  return objects;
}

/** All the fields of an object, its spreads' fields first, as they appear in the source. */
export function fieldsOf(object: SourceObject, objects: Map<string, SourceObject>): SourceField[] {
  return [
    ...object.spreads.flatMap((name) => {
      const spread = objects.get(name);
      return spread ? fieldsOf(spread, objects) : [];
    }),
    ...object.fields,
  ];
}

/** The object a field's value is: its inline object, or the schema constant it names. */
export function objectOfField(field: SourceField, objects: Map<string, SourceObject>): SourceObject | undefined {
  if (field.object) return field.object;
  for (const match of field.definition.matchAll(/\b(\w+)\b/g)) {
    const object = objects.get(match[1]!);
    if (object && match[1] !== field.name) return object;
  }
  return undefined;
}
