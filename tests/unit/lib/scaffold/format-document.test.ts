import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { flattenReference, fieldReference } from '../../../../src/lib/scaffold/field-reference.ts';
import { formatDocument } from '../../../../src/lib/scaffold/format-document.ts';
import { postmortemSchema } from '../../../../src/schema/postmortem.ts';

const ROOT = new URL('../../../../', import.meta.url);
const DOCUMENT = new URL('docs/postmortem-format.md', ROOT);
const sources = ['postmortem.ts', 'taxonomy.ts'].map((file) =>
  readFileSync(new URL(`src/schema/${file}`, ROOT), 'utf8'),
);

describe('docs/postmortem-format.md', () => {
  const generated = formatDocument(sources);

  it('is what npm run docs:format writes from the schema (run it after changing the schema or the rules)', () => {
    expect(readFileSync(DOCUMENT, 'utf8')).toBe(generated);
  });

  it('describes every field of the schema with its doc comment and allowed values', () => {
    for (const field of flattenReference(fieldReference(postmortemSchema, 'postmortemSchema', sources))) {
      expect(generated, field.path).toContain(`\`${field.path}\`: ${field.required ? 'required' : 'optional'}`);
      if (field.doc) expect(generated, field.path).toContain(field.doc);
      for (const value of field.values ?? []) expect(generated, `${field.path} = ${value}`).toContain(`\`${value}\``);
    }
  });

  it('follows a schema change: a new doc comment shows up in the document', () => {
    const changed = sources[0]!.replace('/** The headline: what broke, for whom. */', '/** A changed headline. */');
    expect(changed).not.toBe(sources[0]);
    expect(formatDocument([changed, sources[1]!])).toContain(
      '`title`: required; text (at most 120 characters). A changed headline.',
    );
  });

  it('is already in the project’s Prettier style, so npm run format leaves it alone', async () => {
    const options = await resolveConfig(DOCUMENT.pathname);
    expect(await format(generated, { ...options, filepath: DOCUMENT.pathname })).toBe(generated);
  });
});
