/** "At a glance" tiles for misleading leads, action-item completion, customers and revenue. */
import { plural } from '../words.ts';
import { completionRate, timeToClose } from './action-outcomes.ts';
import { allActionItems } from './action-items.ts';
import { formatMinutes, formatMoneyShort, formatNumber, formatShare } from './format.ts';
import { impactTotals } from './impact-totals.ts';
import { misleadingSummary } from './misleading.ts';
import type { Stat } from './view-types.ts';
import { TOO_FEW, type PanelContext } from './view-cells.ts';

export function outcomeStats({ incidents }: PanelContext): Stat[] {
  const misleading = misleadingSummary(incidents);
  const rate = completionRate(allActionItems(incidents));
  const close = timeToClose(incidents);
  const impact = impactTotals(incidents);
  const [first, ...others] = impact.revenue;
  const medianLost =
    misleading.medianMinutes === undefined
      ? misleading.affected
        ? `median: ${TOO_FEW}`
        : ''
      : `median ${formatMinutes(misleading.medianMinutes)}`;
  const medianClose =
    close.medianDays === undefined
      ? close.days.length
        ? 'median time to close: too few items'
        : 'no closed dates'
      : `median ${formatNumber(close.medianDays)} days to close`;
  return [
    {
      key: 'misleading',
      label: 'Time lost to misleading leads',
      value: formatMinutes(misleading.totalMinutes),
      detail: `in ${plural(misleading.affected, 'incident')}${medianLost ? `; ${medianLost}` : ''}`,
    },
    {
      key: 'completion',
      label: 'Completion rate',
      value: formatShare(rate.percent),
      detail: `done ÷ (all − won’t do); ${medianClose}`,
    },
    {
      key: 'customers',
      label: 'Customers affected',
      value: impact.customers.stated ? formatNumber(impact.customers.total) : '—',
      detail: `stated by ${impact.customers.stated} of ${plural(impact.incidents, 'incident')}`,
    },
    {
      key: 'revenue',
      label: 'Revenue lost',
      // Each currency apart: the largest in the tile, the others beside it.
      value: first ? formatMoneyShort(first.amount, first.currency) : '—',
      detail: `${others.map((entry) => `and ${formatMoneyShort(entry.amount, entry.currency)}; `).join('')}stated by ${impact.revenueStated} of ${plural(impact.incidents, 'incident')}`,
    },
  ];
}
