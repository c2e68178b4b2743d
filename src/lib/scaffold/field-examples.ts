/**
 * An example value for every field of the format, shown in the writing guide.
 * Mappings are built from their fields' examples; tests check that every
 * field has one and that each passes the schema.
 */
import { stringify } from 'yaml';
import type { FieldReference } from './field-reference.ts';

/** Examples from one incident, so together they read as one postmortem. */
export const POSTMORTEM_EXAMPLES: Readonly<Record<string, unknown>> = {
  title: 'Checkout failed for 1 in 3 customers after a connection-pool change',
  summary:
    'For 90 minutes on 14 January a third of checkouts failed, because a configuration change cut the checkout database pool from 50 connections to 5. About 4,900 customers could not place an order. Customers told us before our alerts did.',
  severity: 'SEV2',
  status: 'published',
  visibility: 'internal',
  timezone: 'America/Los_Angeles',
  timeline: [
    { at: '2025-01-14T11:05:00-08:00', kind: 'started', text: 'Config change 4411 rolled out to all checkout pods.' },
    { at: '2025-01-14T11:57:00-08:00', kind: 'detected', text: 'Support escalated 23 tickets about failed checkouts.' },
    {
      at: '2025-01-14T12:08:00-08:00',
      kind: 'misleading',
      text: 'Responders checked the card processor first; its success rate was normal.',
    },
    { at: '2025-01-14T12:35:00-08:00', kind: 'mitigated', text: 'Change 4411 was reverted and checkouts recovered.' },
  ],
  'timeline[].at': '2025-01-14T11:57:00-08:00',
  'timeline[].kind': 'misleading',
  'timeline[].text': 'Responders checked the card processor first; its success rate was normal.',
  detectedBy: 'customer',
  'impact.description':
    'One in three checkout attempts ended on an error page after a 3-second wait; baskets were kept.',
  'impact.usersAffectedPercent': 31,
  'impact.customersAffected': 4900,
  'impact.revenueLoss.amount': 61000,
  'impact.revenueLoss.currency': 'USD',
  services: ['checkout', 'payments'],
  teams: ['payments'],
  'rootCause.category': 'config-change',
  'rootCause.description':
    'Pool sizes could change tenfold with no bounds check, reached every pod at once, and failed as an HTTP 200 error page that no alert counted.',
  'rootCause.whys': [
    'Why did checkouts fail? Requests waited longer than 3 seconds for one of only 5 connections.',
    'Why only 5? The value was entered as 5 instead of 50 when the settings moved to a new file.',
    'Why did review miss it? The diff showed a new file, not a value dropping tenfold, and nothing checked the range.',
    'Why did it hit everyone at once? Config changes reach every pod in one step, with no canary.',
    'Why 52 minutes to notice? Timeouts showed an error page with status 200, and the only alert watched 5xx.',
  ],
  trigger: 'Config change 4411 set maximumPoolSize to 5 instead of 50.',
  contributingFactors: ['missing-alert'],
  'actionItems[].title': 'Alert on checkout pool saturation',
  'actionItems[].owner': 'payments',
  'actionItems[].due': '2025-02-14',
  'actionItems[].status': 'open',
  'actionItems[].type': 'detect',
  'actionItems[].link': 'https://tracker.example.com/OPS-1203',
  learnings: [
    'A failure the service reports as success is invisible to every alert built on status codes.',
    'Moving a config file changes every value in it and needs the same review as editing them.',
    'Saturation metrics show trouble minutes before customers do, if someone alerts on them.',
  ],
  lucky: ['It happened at 11:05 on a Tuesday, well before the evening order peak.'],
  authors: ['marcus'],
  responders: ['marcus', 'aisha', 'priya'],
  related: ['2024-11-02-checkout-pool-timeouts'],
  tags: ['connection-pool', 'postgres'],
  aliases: ['2025-01-14-checkout-outage'],
};

/** Examples of a service entry in content/services.yaml (teams and root causes use id, name, description). */
export const TAXONOMY_EXAMPLES: Readonly<Record<string, unknown>> = {
  id: 'checkout',
  name: 'Checkout',
  description: 'Basket, order placement and order confirmation.',
  team: 'payments',
};

/** The example of a field: its own, or one built from its fields' examples. */
export function exampleFor(
  field: FieldReference,
  examples: Readonly<Record<string, unknown>> = POSTMORTEM_EXAMPLES,
): unknown {
  if (field.path in examples) return examples[field.path];
  if (field.children.length === 0) return undefined;
  const entry = Object.fromEntries(field.children.map((child) => [child.name, exampleFor(child, examples)]));
  return field.list ? [entry] : entry;
}

/** An example as the YAML an author writes: `key: value`, times quoted as the format recommends. */
export function exampleYaml(name: string, example: unknown): string {
  return stringify({ [name]: example }, { lineWidth: 0, flowCollectionPadding: false })
    .trimEnd()
    .replace(/(:\s|-\s)(\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2}))$/gm, "$1'$2'");
}
