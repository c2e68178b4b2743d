/** How numbers read in the insights' tables, tiles and tooltips. */
import { formatDuration, MINUTE } from '../time/duration.ts';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** 12.46 -> "12.5", 1440 -> "1,440", undefined -> "—". */
export function formatNumber(value: number | undefined): string {
  return value === undefined ? '—' : NUMBER.format(value);
}

/** 33.333 -> "33.3 %". */
export function formatShare(percent: number | undefined): string {
  return percent === undefined ? '—' : `${NUMBER.format(percent)} %`;
}

/** Minutes as people read them: 125 -> "2 h 05 min". */
export function formatMinutes(value: number | undefined): string {
  return value === undefined ? '—' : formatDuration(value * MINUTE);
}

/** A signed difference: "+3", "−12.5", "0". */
export function formatChange(value: number | undefined, unit = ''): string {
  if (value === undefined) return '—';
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return `0${unit}`;
  return `${rounded > 0 ? '+' : '−'}${NUMBER.format(Math.abs(rounded))}${unit}`;
}

// Kept importable from here for the insights panels; defined once in words.ts.

const MONEY = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "USD 61,000": the currency code, not a symbol, so dollars of different countries are not confused. */
export function formatMoney(amount: number, currency: string): string {
  return `${currency} ${MONEY.format(amount)}`;
}

const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

/** "USD 1.23M": money short enough for a tile; tables give the whole amount. */
export function formatMoneyShort(amount: number, currency: string): string {
  return `${currency} ${COMPACT.format(amount)}`;
}
