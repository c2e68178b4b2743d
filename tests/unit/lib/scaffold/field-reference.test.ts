import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSchemaSource } from '../../../../src/lib/scaffold/field-docs.ts';
import {
  exampleFor,
  exampleYaml,
  POSTMORTEM_EXAMPLES,
  TAXONOMY_EXAMPLES,
} from '../../../../src/lib/scaffold/field-examples.ts';
import { fieldReference, flattenReference } from '../../../../src/lib/scaffold/field-reference.ts';
import { postmortemSchema } from '../../../../src/schema/postmortem.ts';
import { serviceSchema, teamSchema } from '../../../../src/schema/taxonomy.ts';

const ROOT = new URL('../../../..', import.meta.url).pathname;
const sources = ['postmortem', 'taxonomy'].map((name) => readFileSync(`${ROOT}src/schema/${name}.ts`, 'utf8'));
const postmortemFields = fieldReference(postmortemSchema, 'postmortemSchema', sources);
const all = flattenReference(postmortemFields);
/** The one-line doc comments in the schema source, in order: what the reference must carry. */
const sourceDocs = sources.flatMap((source) =>
  [...source.matchAll(/^\s*\/\*\* (.+) \*\/\n\s+(\w+): /gm)].map((m) => m[1]),
);

describe('the field reference', () => {
  it('covers every field of the live schema, nested ones included', () => {
    expect(postmortemFields.map((field) => field.name)).toEqual(Object.keys(postmortemSchema.shape));
    expect(all.map((field) => field.path)).toEqual(
      expect.arrayContaining(['timeline[].at', 'impact.revenueLoss.currency', 'rootCause.whys', 'actionItems[].link']),
    );
  });

  it("gives each field its doc comment from the schema's source", () => {
    expect(all.filter((field) => !field.doc).map((field) => field.path)).toEqual([]);
    for (const field of all) expect(sourceDocs).toContain(field.doc);
    expect(all.find((field) => field.path === 'impact.revenueLoss.amount')!.doc).toBe(
      "The amount lost, in the currency's units.",
    );
  });

  it('says what is required, the allowed values and the limits, from the schema', () => {
    const byPath = new Map(all.map((field) => [field.path, field]));
    expect(byPath.get('severity')).toMatchObject({ required: true, values: ['SEV1', 'SEV2', 'SEV3', 'SEV4'] });
    expect(byPath.get('visibility')).toMatchObject({ required: false, defaultValue: 'internal' });
    expect(byPath.get('title')!.limits).toEqual(['at most 120 characters']);
    expect(byPath.get('impact.usersAffectedPercent')!.limits).toEqual(['0 to 100']);
    expect(byPath.get('authors')).toMatchObject({ list: true, limits: ['at least 1 entry'] });
    expect(byPath.get('timeline[].at')!.kind).toMatch(/UTC offset/);
  });

  it('follows a doc comment that changes, so the guide cannot drift', () => {
    const edited = sources[0]!.replace('/** SEV1 (worst) to SEV4. */', '/** How bad it was: SEV1 (worst) to SEV4. */');
    const fields = fieldReference(postmortemSchema, 'postmortemSchema', [edited, sources[1]!]);
    expect(fields.find((field) => field.name === 'severity')!.doc).toBe('How bad it was: SEV1 (worst) to SEV4.');
  });

  it('reads the taxonomy fields, spread and aliased objects included', () => {
    expect(
      fieldReference(serviceSchema, 'serviceSchema', sources).map((field) => [field.name, field.doc !== undefined]),
    ).toEqual([
      ['id', true],
      ['name', true],
      ['description', true],
      ['team', true],
    ]);
    expect(fieldReference(teamSchema, 'teamSchema', sources).every((field) => field.doc)).toBe(true);
    expect(
      parseSchemaSource('const x = { a: 1 };\n')
        .get('x')!
        .fields.map((field) => field.name),
    ).toEqual([]);
  });
});

describe('the examples', () => {
  it('exist for every field and pass its schema', () => {
    for (const field of all) {
      const example = exampleFor(field);
      expect(example, field.path).toBeDefined();
      const result = (field.schema as unknown as { safeParse(value: unknown): { success: boolean } }).safeParse(
        example,
      );
      expect(result.success, field.path).toBe(true);
    }
  });

  it('make up a valid postmortem together', () => {
    const whole = Object.fromEntries(postmortemFields.map((field) => [field.name, exampleFor(field)]));
    expect(postmortemSchema.safeParse(whole).success).toBe(true);
    const service = Object.fromEntries(
      fieldReference(serviceSchema, 'serviceSchema', sources).map((field) => [
        field.name,
        exampleFor(field, TAXONOMY_EXAMPLES),
      ]),
    );
    expect(serviceSchema.safeParse(service).success).toBe(true);
  });

  it('are shown as YAML with times quoted', () => {
    expect(exampleYaml('at', POSTMORTEM_EXAMPLES['timeline[].at'])).toBe("at: '2025-01-14T11:57:00-08:00'");
    expect(exampleYaml('services', ['checkout'])).toBe('services:\n  - checkout');
  });
});
