import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

const taxonomyFields = {
  id: kebabId.meta({
    description: 'The id postmortems use; lowercase-kebab. To rename it, keep the old id in formerIds.',
  }),
  name: z.string().trim().min(1, 'must not be empty').meta({ description: 'The name people read.' }),
  description: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .optional()
    .meta({ description: 'One sentence on what it covers.' }),
  formerIds: z.array(kebabId).min(1, 'list at least one id, or leave the field out').optional().meta({
    description:
      'Ids this entry had before a rename, or of entries merged into it. Postmortems that still use one keep validating (with a warning naming this id), are counted under this id, and the old page redirects here.',
  }),
};

export const teamSchema = z.strictObject(taxonomyFields);

export const rootCauseCategorySchema = z.strictObject(taxonomyFields);

// The guide shows a service entry, so the examples are a service's; teams and root causes keep the shared fields bare.
export const serviceSchema = z.strictObject({
  id: taxonomyFields.id.meta({ examples: ['checkout'] }),
  name: taxonomyFields.name.meta({ examples: ['Checkout'] }),
  description: taxonomyFields.description.meta({ examples: ['Basket, order placement and order confirmation.'] }),
  team: kebabId.optional().meta({
    description: 'The id of the team that owns the service, from content/teams.yaml.',
    examples: ['payments'],
  }),
  formerIds: taxonomyFields.formerIds,
});

export type TaxonomyEntry = z.infer<typeof teamSchema>;
export type Service = z.infer<typeof serviceSchema>;
