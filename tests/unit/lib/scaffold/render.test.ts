import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { yamlString } from '../../../../src/lib/scaffold/render.ts';

describe('YAML written by the templates', () => {
  it('reads back as exactly the text, whatever it contains', () => {
    for (const text of [
      'plain',
      'a: colon',
      '"quoted" and \\ slash',
      'TODO: x # not a comment',
      'yes',
      'line\nbreak',
      '{x}',
    ]) {
      expect(parse(`key: ${yamlString(text)}`)).toEqual({ key: text });
    }
  });
});
