import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../../src/lib/labels.ts';

describe('formatMoney', () => {
  it('writes each currency its own way, however often and in whatever order it is asked', () => {
    for (let round = 0; round < 2; round += 1) {
      expect(formatMoney(12000, 'EUR')).toBe('€12,000');
      expect(formatMoney(1234.6, 'USD')).toBe('$1,235');
      expect(formatMoney(500, 'JPY')).toBe('¥500');
    }
  });

  it('falls back to the amount and the code for a code Intl refuses', () => {
    expect(formatMoney(12000, 'EURO')).toBe('12,000 EURO');
    expect(formatMoney(12000, 'EURO')).toBe('12,000 EURO');
    expect(formatMoney(12000, 'EUR')).toBe('€12,000');
  });
});
