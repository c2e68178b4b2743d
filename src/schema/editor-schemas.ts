/**
 * The JSON Schemas editors use for completion and hover help while writing a
 * postmortem's front matter and the taxonomy files. `npm run docs:format`
 * writes them to docs/schemas/; docs/editor-setup.md says how to wire them in.
 */
import { z } from 'astro/zod';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';
import { postmortemSchema } from './postmortem.ts';
import { rootCauseCategorySchema, serviceSchema, teamSchema } from './taxonomy.ts';

const taxonomyFile = (schema: z.ZodType, file: string, what: string) =>
  z.array(schema).meta({
    title: `content/${file}`,
    description: `${what}: a YAML list of entries. Ids are unique and never renamed.`,
  });

/** The editor schemas written to docs/schemas/ by `npm run docs:format`, by file name. */
export function editorSchemas(): Record<string, JsonSchema> {
  return {
    'postmortem.schema.json': jsonSchemaOf(
      postmortemSchema.meta({
        title: 'Postmortem front matter',
        description:
          'The YAML front matter of content/postmortems/<id>.mdx. npm run check also checks what JSON Schema cannot: real dates, the time order, known ids and zones.',
      }),
    ),
    'services.schema.json': jsonSchemaOf(
      taxonomyFile(serviceSchema, 'services.yaml', 'The services a postmortem can name'),
    ),
    'teams.schema.json': jsonSchemaOf(taxonomyFile(teamSchema, 'teams.yaml', 'The teams a postmortem can name')),
    'root-causes.schema.json': jsonSchemaOf(
      taxonomyFile(rootCauseCategorySchema, 'root-causes.yaml', 'The root-cause categories a postmortem can name'),
    ),
  };
}
