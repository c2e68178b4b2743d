import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import { generatedDocuments, prettyJson } from '../../../../src/lib/scaffold/generated-docs.ts';

const ROOT = new URL('../../../../', import.meta.url);

describe('the files npm run docs:format writes', () => {
  const documents = generatedDocuments();

  it('are the format document and one editor schema per file an author writes', () => {
    expect(documents.map((document) => document.path)).toEqual([
      'docs/postmortem-format.md',
      'docs/schemas/postmortem.schema.json',
      'docs/schemas/services.schema.json',
      'docs/schemas/teams.schema.json',
      'docs/schemas/root-causes.schema.json',
    ]);
  });

  it.each(documents.map((document) => [document.path, document] as const))(
    '%s is committed as generated (run npm run docs:format after changing the schema or the rules)',
    (path, document) => {
      expect(readFileSync(new URL(path, ROOT), 'utf8')).toBe(document.text);
    },
  );

  it.each(documents.map((document) => [document.path, document] as const))(
    '%s is already in the project’s Prettier style, so npm run format leaves it alone',
    async (path, document) => {
      const file = new URL(path, ROOT).pathname;
      const options = await resolveConfig(file);
      expect(await format(document.text, { ...options, filepath: file })).toBe(document.text);
    },
  );
});

describe('prettyJson', () => {
  it('reads back as the same value', () => {
    const value = { a: [1, 'two', null], b: { c: [], d: {} }, e: [{ f: true }], g: 'x'.repeat(200).split('') };
    expect(JSON.parse(prettyJson(value))).toEqual(value);
  });

  it('keeps short lists of values on one line and breaks long ones', () => {
    expect(prettyJson({ enum: ['a', 'b'] })).toBe('{\n  "enum": ["a", "b"]\n}');
    expect(prettyJson(['x'.repeat(70), 'y'.repeat(70)])).toBe(`[\n  "${'x'.repeat(70)}",\n  "${'y'.repeat(70)}"\n]`);
  });

  it('counts the key before a list towards the width and keeps a short list of lists on one line, as Prettier does', () => {
    expect(prettyJson({ examples: ['x'.repeat(105)] })).toBe(`{\n  "examples": [\n    "${'x'.repeat(105)}"\n  ]\n}`);
    expect(prettyJson({ examples: [['a', 'b']] })).toBe('{\n  "examples": [["a", "b"]]\n}');
  });
});
