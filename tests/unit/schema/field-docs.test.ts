import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Authors read these comments (in editors, and in the writing guide): every field needs one.
const SCHEMA_FILES = ['src/schema/postmortem.ts', 'src/schema/taxonomy.ts'];
const ROOT = new URL('../../..', import.meta.url).pathname;

describe('schema field docs', () => {
  it.each(SCHEMA_FILES)('%s documents every field in one line', (file) => {
    const lines = readFileSync(`${ROOT}${file}`, 'utf8').split('\n');
    let fields = 0;
    const undocumented = lines.flatMap((line, index) => {
      const field = /^\s+(\w+): (z\.|kebabId|instant|calendarDate|timeZone|httpUrl)/.exec(line)?.[1];
      if (!field) return [];
      fields++;
      return /^\s*\/\*\* .+ \*\/$/.test(lines[index - 1] ?? '') ? [] : [`${field} (line ${index + 1})`];
    });
    expect(fields).toBeGreaterThan(3);
    expect(undocumented).toEqual([]);
  });
});
