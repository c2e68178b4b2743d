import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { exampleFor, exampleYaml } from '../../../../src/lib/scaffold/field-examples.ts';
import { fieldReference, flattenReference } from '../../../../src/lib/scaffold/field-reference.ts';
import { postmortemSchema } from '../../../../src/schema/postmortem.ts';
import { serviceSchema, teamSchema } from '../../../../src/schema/taxonomy.ts';

const postmortemFields = fieldReference(postmortemSchema);
const all = flattenReference(postmortemFields);

/** The schema of a field path such as `timeline[].at`, found through zod's public API (tests only). */
function schemaAt(path: string): z.ZodType {
  let current: z.ZodType = postmortemSchema;
  for (const part of path.split('.')) {
    const name = part.replace('[]', '');
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    current = (current as z.ZodObject).shape[name] as z.ZodType;
    if (part.endsWith('[]')) {
      while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
      current = (current as z.ZodArray<z.ZodType>).element;
    }
  }
  return current;
}

describe('the field reference', () => {
  it('covers every field of the live schema, nested ones included', () => {
    expect(postmortemFields.map((field) => field.name)).toEqual(Object.keys(postmortemSchema.shape));
    expect(all.map((field) => field.path)).toEqual(
      expect.arrayContaining(['timeline[].at', 'impact.revenueLoss.currency', 'rootCause.whys', 'actionItems[].link']),
    );
  });

  it("gives each field the description attached to it in the schema's metadata", () => {
    expect(all.filter((field) => !field.doc).map((field) => field.path)).toEqual([]);
    expect(all.find((field) => field.path === 'impact.revenueLoss.amount')!.doc).toBe(
      "The amount lost, in the currency's units.",
    );
    expect(all.find((field) => field.path === 'timeline[].at')!.doc).toBe(
      'When it happened: ISO 8601 with its UTC offset, e.g. 2025-07-12T01:59:00-07:00.',
    );
  });

  it('says what is required, the allowed values and the limits, from the schema', () => {
    const byPath = new Map(all.map((field) => [field.path, field]));
    expect(byPath.get('severity')).toMatchObject({ required: true, values: ['SEV1', 'SEV2', 'SEV3', 'SEV4'] });
    expect(byPath.get('visibility')).toMatchObject({ required: false, defaultValue: 'internal' });
    expect(byPath.get('title')!.limits).toEqual(['at most 120 characters']);
    expect(byPath.get('impact.usersAffectedPercent')!.limits).toEqual(['0 to 100']);
    expect(byPath.get('impact.customersAffected')).toMatchObject({ kind: 'a whole number', limits: ['at least 0'] });
    expect(byPath.get('authors')).toMatchObject({ list: true, limits: ['at least 1 entry'] });
    expect(byPath.get('rootCause.whys')).toMatchObject({ list: true, limits: ['at most 7 entries'] });
    expect(byPath.get('timeline[].at')!.kind).toMatch(/UTC offset/);
    expect(byPath.get('services')).toMatchObject({ list: true, kind: 'an id (lowercase-kebab)' });
    expect(byPath.get('tags')).toMatchObject({ list: true, kind: 'lowercase-kebab text' });
    expect(byPath.get('actionItems[].due')!.kind).toBe('a date, YYYY-MM-DD');
  });

  it('follows a description that changes, so the guide cannot drift', () => {
    const edited = postmortemSchema.safeExtend({
      severity: postmortemSchema.shape.severity.meta({ description: 'How bad it was: SEV1 (worst) to SEV4.' }),
    });
    expect(fieldReference(edited).find((field) => field.name === 'severity')!.doc).toBe(
      'How bad it was: SEV1 (worst) to SEV4.',
    );
  });

  it('reads the taxonomy fields, shared and service-only ones alike', () => {
    expect(fieldReference(serviceSchema).map((field) => [field.name, field.doc !== undefined])).toEqual([
      ['id', true],
      ['name', true],
      ['description', true],
      ['team', true],
      ['formerIds', true],
    ]);
    expect(fieldReference(teamSchema).map((field) => field.name)).toEqual(['id', 'name', 'description', 'formerIds']);
    expect(fieldReference(teamSchema).every((field) => field.doc)).toBe(true);
  });
});

describe('the examples', () => {
  it('exist for every field and pass its schema', () => {
    for (const field of all) {
      const example = exampleFor(field);
      expect(example, field.path).toBeDefined();
      expect(schemaAt(field.path).safeParse(example).success, field.path).toBe(true);
    }
  });

  it('are read from the schema, so an edited example shows without touching anything else', () => {
    const edited = postmortemSchema.safeExtend({
      severity: postmortemSchema.shape.severity.meta({ examples: ['SEV1'] }),
    });
    expect(exampleFor(fieldReference(edited).find((field) => field.name === 'severity')!)).toBe('SEV1');
  });

  it('make up a valid postmortem together', () => {
    const whole = Object.fromEntries(postmortemFields.map((field) => [field.name, exampleFor(field)]));
    expect(postmortemSchema.safeParse(whole).success).toBe(true);
    const service = Object.fromEntries(fieldReference(serviceSchema).map((field) => [field.name, exampleFor(field)]));
    expect(serviceSchema.safeParse(service).success).toBe(true);
  });

  it('are shown as YAML with times quoted', () => {
    const at = all.find((field) => field.path === 'timeline[].at')!;
    expect(exampleYaml(at.name, exampleFor(at))).toBe("at: '2025-01-14T11:57:00-08:00'");
    expect(exampleYaml('services', ['checkout'])).toBe('services:\n  - checkout');
  });
});
