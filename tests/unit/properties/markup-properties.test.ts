import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField } from '../../../src/lib/incident/export-record.ts';
import { inlineCodePieces } from '../../../src/lib/inline-code.ts';
import { previewSvg } from '../../../src/lib/preview-image.ts';
import { escapeXml } from '../../../src/lib/xml.ts';

// Strings built from the characters that make markup, scripts and formulas.
const hostile = fc.string({
  unit: fc.constantFrom(...'<>&"\'`/=:;(){} \n\tscriptimgonerrorjavascript:alert\u0000\u2028'.split('')),
  maxLength: 80,
});

describe('hostile strings never yield markup', () => {
  it('escapeXml output has no markup characters', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        expect(escapeXml(value)).not.toMatch(/[<>"']/);
      }),
    );
  });

  it('a preview card holds only its own elements whatever the text', () => {
    fc.assert(
      fc.property(hostile, hostile, (title, service) => {
        const svg = previewSvg({
          archiveName: title,
          title,
          severity: 'SEV1',
          duration: title,
          date: title,
          services: [service],
        });
        // Every "<" opens or closes one of the card's own svg, rect or text elements.
        expect(svg.match(/<(?!\/?(?:svg|rect|text)[\s>])/g)).toBeNull();
      }),
    );
  });

  it('inline code pieces rebuild the input exactly, as text', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const rebuilt = inlineCodePieces(value)
          .map((piece) => (piece.code ? `\`${piece.text}\`` : piece.text))
          .join('');
        expect(rebuilt).toBe(value);
      }),
    );
  });

  it('CSV cells never start a formula', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        expect(csvField(value).replace(/^"/, '')).not.toMatch(/^[=+\-@]/);
      }),
    );
  });
});
