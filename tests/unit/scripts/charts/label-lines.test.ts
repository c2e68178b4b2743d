import { describe, expect, it } from 'vitest';
import { ELLIPSIS, labelLines, wordsFit } from '../../../../src/scripts/charts/label-lines.ts';

describe('labelLines', () => {
  it('leaves a label that fits on one line as it is', () => {
    expect(labelLines('Software defect', { maxWidth: 20, maxLines: 2 })).toEqual(['Software defect']);
  });

  it('breaks a long label at spaces into lines no longer than the room', () => {
    expect(labelLines('2026 Q4 (to 28 Nov)', { maxWidth: 7, maxLines: 3 })).toEqual(['2026 Q4', '(to 28', 'Nov)']);
    expect(labelLines('Over 365 days', { maxWidth: 4, maxLines: 3 })).toEqual(['Over', '365', 'days']);
  });

  it('makes the lines as even as it can, rather than filling the first', () => {
    expect(labelLines('Capacity and resource exhaustion', { maxWidth: 21, maxLines: 2 })).toEqual([
      'Capacity and',
      'resource exhaustion',
    ]);
    // Filled, the first line would take 14 characters and leave "Nov)" alone.
    expect(labelLines('2026 Q4 (to 28 Nov)', { maxWidth: 15, maxLines: 3 })).toEqual(['2026 Q4 (to', '28 Nov)']);
  });

  it('ends the last line with an ellipsis when words are left over', () => {
    expect(labelLines('Certificate or credential expiry', { maxWidth: 14, maxLines: 2 })).toEqual([
      'Certificate or',
      'credential…',
    ]);
  });

  it('cuts the last line to make room for the ellipsis', () => {
    // "Missing or" and an ellipsis would be 11 characters: one more character goes.
    expect(labelLines('Missing or noisy alerting', { maxWidth: 10, maxLines: 1 })).toEqual(['Missing o…']);
  });

  it('cuts a single word wider than the room, without a trailing space before the ellipsis', () => {
    expect(labelLines('Infrastructure failure', { maxWidth: 8, maxLines: 2 })).toEqual(['Infrast…', 'failure']);
    expect(labelLines('ab cdefgh', { maxWidth: 4, maxLines: 1 })).toEqual(['ab…']);
  });

  it('never returns a line wider than the room', () => {
    const labels = ['Configuration change', 'Storefront (web)', 'Accounts and sign-in', 'x', 'a very long owner name'];
    for (const label of labels) {
      for (let maxWidth = 1; maxWidth <= 25; maxWidth += 1) {
        for (const maxLines of [1, 2, 3]) {
          const lines = labelLines(label, { maxWidth, maxLines });
          expect(lines.length).toBeLessThanOrEqual(maxLines);
          for (const line of lines) expect([...line].length, `${label} in ${maxWidth}`).toBeLessThanOrEqual(maxWidth);
          // Nothing is lost without saying so: either every word is there, or an ellipsis marks the cut.
          const joined = lines.join(' ');
          if (!joined.includes(ELLIPSIS)) expect(joined).toBe(label);
        }
      }
    }
  });

  it('measures with the given function, e.g. pixel widths from a canvas', () => {
    const wide = (text: string) => [...text].reduce((sum, character) => sum + (character === 'W' ? 3 : 1), 0);
    expect(labelLines('WWW ab', { maxWidth: 9, maxLines: 2, measure: wide })).toEqual(['WWW', 'ab']);
    expect(labelLines('WWW ab', { maxWidth: 12, maxLines: 2, measure: wide })).toEqual(['WWW ab']);
  });

  it('collapses runs of spaces and copes with an empty label', () => {
    expect(labelLines('  Data   corruption ', { maxWidth: 40, maxLines: 2 })).toEqual(['Data corruption']);
    expect(labelLines('', { maxWidth: 10, maxLines: 2 })).toEqual(['']);
  });
});

describe('wordsFit', () => {
  it('says whether every word fits on a line of its own', () => {
    expect(wordsFit('181–365 days', { maxWidth: 7 })).toBe(true);
    expect(wordsFit('181–365 days', { maxWidth: 6 })).toBe(false);
  });
});
