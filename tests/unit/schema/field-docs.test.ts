import { describe, expect, it } from 'vitest';
import { flattenReference, fieldReference } from '../../../src/lib/scaffold/field-reference.ts';
import { postmortemSchema } from '../../../src/schema/postmortem.ts';
import { rootCauseCategorySchema, serviceSchema, teamSchema } from '../../../src/schema/taxonomy.ts';

// Authors read these descriptions in the writing guide, the templates' comments, the
// format document and their editor's hover help: every field needs one, on one line.
const SCHEMAS = { postmortemSchema, serviceSchema, teamSchema, rootCauseCategorySchema };

describe('schema field descriptions', () => {
  it.each(Object.entries(SCHEMAS))('%s describes every field, nested ones included, in one sentence', (_, schema) => {
    const fields = flattenReference(fieldReference(schema));
    expect(fields.length).toBeGreaterThan(2);
    const undocumented = fields.filter((field) => !field.doc).map((field) => field.path);
    expect(undocumented).toEqual([]);
    for (const field of fields) {
      expect(field.doc, field.path).not.toMatch(/\n/);
      expect(field.doc, field.path).toMatch(/\.$/);
    }
  });

  it('names the allowed values in the same order as the enum, where a description lists them', () => {
    for (const field of flattenReference(fieldReference(postmortemSchema))) {
      if (!field.values) continue;
      const named = field.values.filter((value) => new RegExp(`\\b${value}\\b`).test(field.doc!));
      // A description that names a range rather than listing the values, e.g. "SEV1 (worst) to SEV4".
      if (named.length < Math.min(3, field.values.length)) continue;
      expect(named, field.path).toEqual(field.values);
      const positions = named.map((value) => field.doc!.search(new RegExp(`\\b${value}\\b`)));
      expect(positions, field.path).toEqual([...positions].sort((a, b) => a - b));
    }
  });
});
