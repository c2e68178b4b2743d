import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { flattenReference, fieldReference } from '../../../../src/lib/scaffold/field-reference.ts';
import { formatDocument } from '../../../../src/lib/scaffold/format-document.ts';
import { postmortemSchema } from '../../../../src/schema/postmortem.ts';
import { serviceSchema, teamSchema } from '../../../../src/schema/taxonomy.ts';

const ROOT = new URL('../../../../', import.meta.url);
const DOCUMENT = new URL('docs/postmortem-format.md', ROOT);

describe('docs/postmortem-format.md', () => {
  const generated = formatDocument();

  it('describes every field of the schema with its description and allowed values', () => {
    for (const field of flattenReference(fieldReference(postmortemSchema))) {
      expect(generated, field.path).toContain(`\`${field.path}\`: ${field.required ? 'required' : 'optional'}`);
      if (field.doc) expect(generated, field.path).toContain(field.doc);
      for (const value of field.values ?? []) expect(generated, `${field.path} = ${value}`).toContain(`\`${value}\``);
    }
  });

  it('follows a schema change: a new description shows up in the document', () => {
    const changed = postmortemSchema.safeExtend({
      title: postmortemSchema.shape.title.meta({ description: 'A changed headline.' }),
    });
    expect(formatDocument({ postmortem: changed, service: serviceSchema, team: teamSchema })).toContain(
      '`title`: required; text (at most 120 characters). A changed headline.',
    );
  });

  it('is already in the project’s Prettier style, so npm run format leaves it alone', async () => {
    const options = await resolveConfig(DOCUMENT.pathname);
    expect(await format(generated, { ...options, filepath: DOCUMENT.pathname })).toBe(generated);
  });

  it('names the rules from their one home: the required sections and the body length', () => {
    expect(generated).toContain('- `## Root cause and resolution`\n- `## Corrective and preventative measures`');
    expect(generated).toContain('A body outside 400-600 words of prose.');
    expect(generated).toContain('A SEV1 or SEV2 without an action item of type `detect` or `prevent`.');
  });
});
