import { describe, expect, it } from 'vitest';
import { editorSchemas } from '../../../src/schema/editor-schemas.ts';
import { KEBAB_ID } from '../../../src/schema/fields.ts';
import { itemsOf, propertiesOf, type JsonSchema } from '../../../src/schema/json-schema.ts';
import { SUMMARY_MAX_LENGTH, TITLE_MAX_LENGTH, WHYS_MAX } from '../../../src/schema/rules.ts';
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  DETECTION_METHODS,
  EVENT_KINDS,
  SEVERITIES,
  STATUSES,
  VISIBILITIES,
} from '../../../src/schema/vocabulary.ts';

const schemas = editorSchemas();
const postmortem = schemas['postmortem.schema.json']!;
const field = (path: string): JsonSchema =>
  path.split('.').reduce<JsonSchema>((node, part) => {
    const name = part.replace('[]', '');
    const value = propertiesOf(node)[name]!;
    expect(value, path).toBeDefined();
    return part.endsWith('[]') ? itemsOf(value)! : value;
  }, postmortem);

/** Every property in a schema with its path, nested mappings and list entries included. */
function properties(node: JsonSchema, prefix = ''): [string, JsonSchema][] {
  const entries = node.type === 'array' ? propertiesOf(itemsOf(node) ?? {}) : propertiesOf(node);
  return Object.entries(entries).flatMap(([name, value]) => {
    const path = `${prefix}${name}`;
    const inner = value.type === 'array' ? itemsOf(value) : value;
    return [[path, value] as [string, JsonSchema], ...(inner ? properties(inner, `${path}.`) : [])];
  });
}

describe('the editor schemas (docs/schemas/)', () => {
  it('are draft-07 JSON Schemas, the version the VS Code YAML extension validates against', () => {
    for (const [file, schema] of Object.entries(schemas)) {
      expect(schema.$schema, file).toBe('http://json-schema.org/draft-07/schema#');
      expect(schema.title, file).toBeTruthy();
    }
  });

  it('give every field of the front matter and the taxonomies a description for hover help', () => {
    for (const [file, schema] of Object.entries(schemas)) {
      const all = properties(schema);
      expect(all.length, file).toBeGreaterThan(2);
      expect(
        all.filter(([, node]) => !node.description).map(([path]) => path),
        file,
      ).toEqual([]);
    }
    expect(properties(postmortem).map(([path]) => path)).toEqual(
      expect.arrayContaining(['timeline.at', 'impact.revenueLoss.currency', 'actionItems.link']),
    );
  });

  it('offer exactly the vocabulary’s values for completion', () => {
    expect(field('severity').enum).toEqual([...SEVERITIES]);
    expect(field('status').enum).toEqual([...STATUSES]);
    expect(field('visibility').enum).toEqual([...VISIBILITIES]);
    expect(field('detectedBy').enum).toEqual([...DETECTION_METHODS]);
    expect(field('timeline[].kind').enum).toEqual([...EVENT_KINDS]);
    expect(field('actionItems[].status').enum).toEqual([...ACTION_STATUSES]);
    expect(field('actionItems[].type').enum).toEqual([...ACTION_TYPES]);
  });

  it('carry the format’s limits, required fields and defaults, and refuse unknown keys', () => {
    expect(field('title').maxLength).toBe(TITLE_MAX_LENGTH);
    expect(field('summary').maxLength).toBe(SUMMARY_MAX_LENGTH);
    expect(field('rootCause.whys').maxItems).toBe(WHYS_MAX);
    expect(field('timeline').minItems).toBe(1);
    expect(field('impact.usersAffectedPercent')).toMatchObject({ minimum: 0, maximum: 100 });
    expect(field('visibility').default).toBe('internal');
    expect(postmortem.required).toEqual(expect.arrayContaining(['title', 'summary', 'severity', 'timeline']));
    expect(postmortem.required).not.toContain('visibility');
    expect(postmortem.required).not.toContain('tags');
    expect(postmortem.additionalProperties).toBe(false);
    expect(field('timeline[].at').additionalProperties).toBeUndefined();
  });

  it('check a time’s offset and an id’s shape with the schema’s own patterns', () => {
    const at = new RegExp(field('timeline[].at').pattern!);
    expect(field('timeline[].at').examples).toEqual(['2025-01-14T11:57:00-08:00']);
    expect(at.test(field('timeline[].at').examples![0] as string)).toBe(true);
    expect(at.test('2025-01-14T11:57:00')).toBe(false);
    expect(field('services').items).toMatchObject({ pattern: KEBAB_ID.source });
  });

  it('describe each taxonomy file as a list of its entries; only services have a team', () => {
    const entry = (file: string) => Object.keys(propertiesOf(itemsOf(schemas[file]!)!));
    expect(schemas['services.schema.json']!.type).toBe('array');
    expect(entry('services.schema.json')).toEqual(['id', 'name', 'description', 'team', 'formerIds']);
    expect(entry('teams.schema.json')).toEqual(['id', 'name', 'description', 'formerIds']);
    expect(entry('root-causes.schema.json')).toEqual(['id', 'name', 'description', 'formerIds']);
  });
});
