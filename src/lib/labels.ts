/** Numbers as people read them on the pages. (Enum labels live in src/schema/vocabulary.ts.) */

/** 3 -> "3 %", 0.4 -> "0.4 %". */
export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)} %`;
}

/** 12000, "EUR" -> "€12,000". */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${amount.toLocaleString('en-US')} ${currency}`;
  }
}
