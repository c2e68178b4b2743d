/**
 * Customer and revenue impact, summed over the incidents that state them.
 * Both are optional in the front matter, so each total says how many
 * incidents it is drawn from; amounts in different currencies are never added.
 */
import type { InsightIncident } from './types.ts';

export interface ImpactTotals {
  incidents: number;
  customers: { total: number; stated: number };
  /** One entry per currency, the largest total first. */
  revenue: { currency: string; amount: number; stated: number }[];
  /** Incidents that state a revenue loss in any currency. */
  revenueStated: number;
}

export function impactTotals(
  incidents: readonly Pick<InsightIncident, 'customersAffected' | 'revenueLoss'>[],
): ImpactTotals {
  const customers = { total: 0, stated: 0 };
  const revenue = new Map<string, { currency: string; amount: number; stated: number }>();
  let revenueStated = 0;
  for (const incident of incidents) {
    if (incident.customersAffected !== undefined) {
      customers.total += incident.customersAffected;
      customers.stated += 1;
    }
    if (incident.revenueLoss) {
      const { currency, amount } = incident.revenueLoss;
      const entry = revenue.get(currency) ?? { currency, amount: 0, stated: 0 };
      entry.amount += amount;
      entry.stated += 1;
      revenue.set(currency, entry);
      revenueStated += 1;
    }
  }
  return {
    incidents: incidents.length,
    customers,
    revenue: [...revenue.values()].sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency)),
    revenueStated,
  };
}
