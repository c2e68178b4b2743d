import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

const taxonomyFields = {
  id: kebabId.meta({ description: 'The stable id postmortems use; lowercase-kebab, never renamed.' }),
  name: z.string().trim().min(1, 'must not be empty').meta({ description: 'The name people read.' }),
  description: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .optional()
    .meta({ description: 'One sentence on what it covers.' }),
};

export const teamSchema = z.strictObject(taxonomyFields);

export const rootCauseCategorySchema = z.strictObject(taxonomyFields);

export const serviceSchema = z.strictObject({
  ...taxonomyFields,
  team: kebabId.optional().meta({ description: 'The id of the team that owns the service, from content/teams.yaml.' }),
});

export type TaxonomyEntry = z.infer<typeof teamSchema>;
export type Service = z.infer<typeof serviceSchema>;
