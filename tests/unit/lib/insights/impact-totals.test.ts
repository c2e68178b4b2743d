import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyShort } from '../../../../src/lib/insights/format.ts';
import { impactTotals } from '../../../../src/lib/insights/impact-totals.ts';
import { incident } from './fixtures.ts';

describe('customer and revenue impact totals', () => {
  it('sums only the incidents that state a figure, and each currency apart', () => {
    const incidents = [
      incident({
        id: 'a',
        date: '2025-01-01',
        customersAffected: 4900,
        revenueLoss: { amount: 61000, currency: 'USD' },
      }),
      incident({ id: 'b', date: '2025-02-01', customersAffected: 0 }),
      incident({ id: 'c', date: '2025-03-01', revenueLoss: { amount: 9600.5, currency: 'EUR' } }),
      incident({ id: 'd', date: '2025-04-01', customersAffected: 120, revenueLoss: { amount: 1000, currency: 'USD' } }),
      incident({ id: 'e', date: '2025-05-01' }),
    ];
    // Customers 4900 + 0 + 120 = 5020 from 3 incidents; USD 61000 + 1000 = 62000 from 2; EUR 9600.5 from 1.
    expect(impactTotals(incidents)).toEqual({
      incidents: 5,
      customers: { total: 5020, stated: 3 },
      revenue: [
        { currency: 'USD', amount: 62000, stated: 2 },
        { currency: 'EUR', amount: 9600.5, stated: 1 },
      ],
      revenueStated: 3,
    });
    expect(impactTotals([])).toEqual({
      incidents: 0,
      customers: { total: 0, stated: 0 },
      revenue: [],
      revenueStated: 0,
    });
  });

  it('writes money with its currency code', () => {
    expect(formatMoney(62000, 'USD')).toBe('USD 62,000');
    expect(formatMoney(9600.5, 'EUR')).toBe('EUR 9,600.5');
    expect(formatMoneyShort(1_230_050, 'USD')).toBe('USD 1.23M');
  });
});
