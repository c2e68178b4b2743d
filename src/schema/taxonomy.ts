import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

const taxonomyFields = {
  /** The stable id postmortems use; lowercase-kebab, never renamed. */
  id: kebabId,
  /** The name people read. */
  name: z.string().trim().min(1, 'must not be empty'),
  /** One sentence on what it covers. */
  description: z.string().trim().min(1, 'must not be empty').optional(),
};

export const teamSchema = z.strictObject(taxonomyFields);

export const rootCauseCategorySchema = z.strictObject(taxonomyFields);

export const serviceSchema = z.strictObject({
  ...taxonomyFields,
  /** The id of the team that owns the service, from content/teams.yaml. */
  team: kebabId.optional(),
});

export type TaxonomyEntry = z.infer<typeof teamSchema>;
export type Service = z.infer<typeof serviceSchema>;
