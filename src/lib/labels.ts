/** Numbers as people read them on the pages. (Enum labels live in src/schema/vocabulary.ts.) */

/** 3 -> "3 %", 0.4 -> "0.4 %". */
export function formatPercent(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)} %`;
}

/** 12000, "EUR" -> "€12,000". */
export function formatMoney(amount: number, currency: string): string {
  const format = moneyFormatOf(currency);
  return format ? format.format(amount) : `${amount.toLocaleString('en-US')} ${currency}`;
}

// A formatter costs far more to make than to use, and every incident page formats its cost.
const moneyFormats = new Map<string, Intl.NumberFormat | undefined>();

/** The currency's formatter, or undefined for a code Intl does not accept. */
function moneyFormatOf(currency: string): Intl.NumberFormat | undefined {
  if (!moneyFormats.has(currency)) {
    try {
      moneyFormats.set(
        currency,
        new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }),
      );
    } catch {
      moneyFormats.set(currency, undefined);
    }
  }
  return moneyFormats.get(currency);
}
