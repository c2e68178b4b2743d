import { describe, expect, it } from 'vitest';
import { postmortemSchema } from '../../../src/schema/postmortem.ts';
import { parseYaml } from '../../../src/lib/check/yaml-document.ts';
import { VALID_FRONT_MATTER } from '../lib/check/archive-builder.ts';

const valid = () => parseYaml(VALID_FRONT_MATTER).value as Record<string, unknown>;

describe('postmortem schema', () => {
  it('takes a closed date only on an action item that is done or dropped, and names the field', () => {
    const item = { title: 'Alert on it', owner: 'payments', due: '2025-02-14', type: 'detect' };
    const withItem = (extra: Record<string, unknown>) => ({ ...valid(), actionItems: [{ ...item, ...extra }] });
    expect(postmortemSchema.safeParse(withItem({ status: 'done', closed: '2025-02-10' })).success).toBe(true);
    expect(postmortemSchema.safeParse(withItem({ status: 'wont-do', closed: '2025-02-10' })).success).toBe(true);
    const open = postmortemSchema.safeParse(withItem({ status: 'open', closed: '2025-02-10' }));
    expect(open.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'actionItems.0.closed',
        'only goes with status done or wont-do (status is open); remove it or change the status',
      ],
    ]);
    expect(postmortemSchema.safeParse(withItem({ status: 'done', closed: '2025-02-30' })).success).toBe(false);
    // The valid front matter's incident started on 14 January 2025 (Europe/Berlin).
    const early = postmortemSchema.safeParse(withItem({ status: 'done', closed: '2025-01-13' }));
    expect(early.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'actionItems.0.closed',
        'is before the incident started (2025-01-14 in Europe/Berlin); use the date the item was done or dropped',
      ],
    ]);
  });

  it('parses a valid postmortem and defaults visibility to internal', () => {
    const data = valid();
    delete data.visibility;
    const parsed = postmortemSchema.parse(data);
    expect(parsed.visibility).toBe('internal');
    expect(parsed.timeline[0]!.at).toBe('2025-01-14T11:05:00+01:00');
  });

  it('takes times and dates only as the text written, which the one YAML reading keeps', () => {
    const data = valid();
    (data.timeline as { at: unknown }[])[0]!.at = new Date('2025-01-14T10:05:00Z');
    (data.actionItems as { due: unknown }[])[0]!.due = new Date('2025-02-01T00:00:00Z');
    const result = postmortemSchema.safeParse(data);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['timeline.0.at', 'actionItems.0.due']);
  });

  it.each([
    ['timeline', 0, 'at', '9999-01-14T10:05:00Z'],
    ['timeline', 0, 'at', '0999-01-14T10:05:00Z'],
    ['actionItems', 0, 'due', '9999-02-01'],
    ['actionItems', 0, 'due', '1969-12-31'],
  ])('refuses %s[%i].%s in the year of %s, which no chart can place', (list, index, field, value) => {
    const data = valid();
    (data[list] as Record<string, unknown>[])[index]![field] = value;
    const result = postmortemSchema.safeParse(data);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual([
      `${list}.${index}.${field}`,
      'must be in the years 1970-2100',
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript://x.example/%0Aalert(1)',
    'data:text/html,<script>x</script>',
    ' https://x.example',
    '//x.example/a',
    'https:/x',
  ])("refuses the action item link %j: it becomes a link's href on /action-items/", (link) => {
    const data = valid();
    (data.actionItems as Record<string, unknown>[])[0]!.link = link;
    const result = postmortemSchema.safeParse(data);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['actionItems.0.link']);
  });

  it('rejects unknown keys at every level', () => {
    const data = valid();
    (data.impact as Record<string, unknown>).duration = '2h';
    const result = postmortemSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['impact']);
  });
});
