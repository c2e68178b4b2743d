/** Words people read for the format's enum values. */

export const DETECTION_LABELS: Record<string, string> = {
  monitoring: 'Monitoring',
  customer: 'Customer report',
  employee: 'Employee',
  'automated-test': 'Automated test',
  'third-party': 'Third party',
};

export const EVENT_KIND_LABELS: Record<string, string> = {
  started: 'Started',
  detected: 'Detected',
  escalated: 'Escalated',
  action: 'Action',
  misleading: 'Misleading lead',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  note: 'Note',
};

export const ACTION_STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  'wont-do': "Won't do",
};

export const ACTION_TYPE_LABELS: Record<string, string> = {
  prevent: 'Prevent',
  detect: 'Detect',
  mitigate: 'Mitigate',
  process: 'Process',
};

export const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  review: 'In review',
  published: 'Published',
};

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
