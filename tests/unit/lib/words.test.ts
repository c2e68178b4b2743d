import { describe, expect, it } from 'vitest';
import { andList, orList } from '../../../src/lib/words.ts';

describe('lists in English', () => {
  it('joins with commas and a final "and" or "or"', () => {
    expect(andList(['started', 'detected', 'mitigated'])).toBe('started, detected and mitigated');
    expect(andList(['a', 'b'])).toBe('a and b');
    expect(andList(['a'])).toBe('a');
    expect(orList(['SEV1', 'SEV2'])).toBe('SEV1 or SEV2');
    expect(orList([])).toBe('');
  });
});
