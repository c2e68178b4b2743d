import { describe, expect, it } from 'vitest';
import { postmortemSchema } from '../../../src/schema/postmortem.ts';
import { parseYaml } from '../../../src/lib/check/yaml-document.ts';
import { VALID_FRONT_MATTER } from '../lib/check/archive-builder.ts';

const valid = () => parseYaml(VALID_FRONT_MATTER).value as Record<string, unknown>;

describe('postmortem schema', () => {
  it('parses a valid postmortem and defaults visibility to internal', () => {
    const data = valid();
    delete data.visibility;
    const parsed = postmortemSchema.parse(data);
    expect(parsed.visibility).toBe('internal');
    expect(parsed.timeline[0]!.at).toBe('2025-01-14T11:05:00+01:00');
  });

  it("accepts the Dates that Astro's YAML parser produces, as the same instants", () => {
    const data = valid();
    (data.timeline as { at: unknown }[])[0]!.at = new Date('2025-01-14T10:05:00Z');
    (data.actionItems as { due: unknown }[])[0]!.due = new Date('2025-02-01T00:00:00Z');
    const parsed = postmortemSchema.parse(data);
    expect(Date.parse(parsed.timeline[0]!.at)).toBe(Date.parse('2025-01-14T11:05:00+01:00'));
    expect(parsed.actionItems[0]!.due).toBe('2025-02-01');
  });

  it('rejects unknown keys at every level', () => {
    const data = valid();
    (data.impact as Record<string, unknown>).duration = '2h';
    const result = postmortemSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual(['impact']);
  });
});
